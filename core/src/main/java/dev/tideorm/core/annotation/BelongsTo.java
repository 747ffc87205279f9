package dev.tideorm.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A belongs-to relation on a {@code HasOne<Parent>} component: this entity's {@code from} columns
 * reference the parent's {@code to} columns. A nullable {@code from} makes a weak belongs-to (deleting the
 * parent sets it to NULL instead of deleting this row).
 *
 * <pre>{@code
 * @BelongsTo(from = "userId", to = "id") HasOne<User> author
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface BelongsTo {
    /** The local component names holding the foreign key, in key order. */
    String[] from();

    /** The parent's component names referenced, in key order. Defaults to the parent's primary key. */
    String[] to() default {};

    /** Action on delete of the parent (DDL). */
    ForeignKeyAction onDelete() default ForeignKeyAction.NO_ACTION;

    /** Action on update of the parent key (DDL). */
    ForeignKeyAction onUpdate() default ForeignKeyAction.NO_ACTION;

    /** Override of the foreign key constraint name ({@code fk-<table>-<cols>} by default). */
    String fkName() default "";
}
