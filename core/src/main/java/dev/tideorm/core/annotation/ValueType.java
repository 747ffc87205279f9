package dev.tideorm.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record with exactly one component as a value type stored as that component
 * (the counterpart of SeaORM's {@code DeriveValueType}), e.g. {@code record Email(String value)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE})
public @interface ValueType {

}
