package dev.tideorm.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A single-column unique constraint. Generates {@code findBy<Column>} and {@code deleteBy<Column>} helpers. Schema
 * sync names the constraint {@code idx-<table>-<column>} on every backend, which is then the
 * {@code constraint()} of a {@code UniqueViolationException} on the column.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Unique {

}
