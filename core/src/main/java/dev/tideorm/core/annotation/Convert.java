package dev.tideorm.core.annotation;

import dev.tideorm.core.meta.ColumnConverter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a column component through a user-defined {@link ColumnConverter}: {@code @Convert(MoneyConverter.class)
 * Money total}. The converter class must be a non-generic, non-abstract class, accessible from the entity's
 * package, with a public no-argument constructor, implementing {@code ColumnConverter<T, D>} where {@code T} is the
 * component's type (boxed) and {@code D} a type a column can hold. The generated metamodel creates it once; no
 * reflection is used per row. {@code @Column} options apply to {@code D}: {@code @Column(length = 3)} makes a
 * {@code String} D a VARCHAR(3), {@code @Column(json = true)} stores it as JSON.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Convert {
    /** The converter class. */
    Class<? extends ColumnConverter<?, ?>> value();
}
