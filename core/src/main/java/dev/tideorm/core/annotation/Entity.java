package dev.tideorm.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as an entity: a table whose schema follows the record. The annotation processor
 * generates the metamodel {@code <Name>_}, the active model {@code <Name>ActiveModel} and a registry entry.
 *
 * <pre>{@code
 * @Entity(table = "user")
 * public record User(@PrimaryKey Integer id, String name, @Unique String email, HasMany<Post> posts) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE})
public @interface Entity {
    /** The table name. Defaults to the record name in snake_case. */
    String table() default "";

    /** The database schema (PostgreSQL); empty means the connection's current schema. */
    String schema() default "";

    /**
     * Lifecycle hooks: a class implementing {@code ActiveModelBehavior<ThisEntity>} with a public no-argument
     * constructor. {@code void.class} means none.
     */
    Class<?> behavior() default void.class;
}
