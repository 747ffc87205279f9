package dev.tideorm.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A named unique key over several columns ({@code idx-<table>-<name>}). Generates
 * {@code findBy<Name>(a, b)} and {@code deleteBy<Name>(a, b)}.
 *
 * <pre>{@code
 * @UniqueKey(name = "pair", columns = {"filmId", "actorId"})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(UniqueKeys.class)
public @interface UniqueKey {
    /** The key name. */
    String name();

    /** The component names, in key order. */
    String[] columns();
}
