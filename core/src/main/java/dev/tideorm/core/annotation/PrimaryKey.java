package dev.tideorm.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a primary key column. Several marked components form a composite key (auto-increment is then off
 * unless set explicitly on a single-column key).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PrimaryKey {
    /** Whether the database generates the value. Defaults to true for a single integral key. */
    boolean autoIncrement() default true;
}
