package dev.tideorm.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the belongs-to relation on the target entity that backs a {@code HasOne}/{@code HasMany}
 * component. Needed only when the target has several belongs-to relations back to this entity.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface MappedBy {
    /** The name of the target's {@link BelongsTo} component. */
    String value();
}
