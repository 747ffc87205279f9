package dev.tideorm.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many relation on a {@code HasMany<Target>} component, through a junction entity that belongs to
 * both sides.
 *
 * <pre>{@code
 * @Via(PostTag.class) HasMany<Tag> tags
 * @Via(value = UserFollower.class, from = "user", to = "follower") HasMany<User> followers
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Via {
    /** The junction entity class. */
    Class<?> value();

    /** The junction's belongs-to component pointing at this entity; needed when it is ambiguous. */
    String from() default "";

    /** The junction's belongs-to component pointing at the target; needed when it is ambiguous. */
    String to() default "";
}
