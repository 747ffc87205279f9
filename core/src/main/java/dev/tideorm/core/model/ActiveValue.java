package dev.tideorm.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The state of one field of an {@link ActiveModel}:
 * <ul>
 *   <li>{@link Set}: written by the application; goes into INSERT and into UPDATE's SET list.</li>
 *   <li>{@link Unchanged}: came from the database; goes into INSERT, never into UPDATE's SET list
 *       (a primary key in this state identifies the row).</li>
 *   <li>{@link NotSet}: absent; omitted from INSERT (the database default applies) and from UPDATE.</li>
 * </ul>
 * {@code Set(null)} on a nullable column is an explicit NULL, unlike {@code NotSet}. Write
 * {@code ActiveValue.Set} qualified so it never clashes with {@code java.util.Set}.
 *
 * @param <T> the field's Java type
 */
public sealed interface ActiveValue<T> permits ActiveValue.Set, ActiveValue.Unchanged, ActiveValue.NotSet {

    /** A value written by the application. */
    record Set<T>(@Nullable T value) implements ActiveValue<T> {
    }

    /** A value loaded from the database and not changed since. */
    record Unchanged<T>(@Nullable T value) implements ActiveValue<T> {
    }

    /** No value: left to the database. */
    record NotSet<T>() implements ActiveValue<T> {
    }

    /** {@code Set(value)}; a null value is an explicit NULL. */
    static <T> ActiveValue<T> set(@Nullable T value) {
        return new Set<>(value);
    }

    /** {@code Unchanged(value)}, as loaded from the database. */
    static <T> ActiveValue<T> unchanged(@Nullable T value) {
        return new Unchanged<>(value);
    }

    /** The shared {@code NotSet} state. */
    @SuppressWarnings("unchecked")
    static <T> ActiveValue<T> notSet() {
        return (ActiveValue<T>) NotSetHolder.INSTANCE;
    }

    /** Whether this is {@link Set}. */
    default boolean isSet() {
        return this instanceof Set;
    }

    /** Whether this is {@link Unchanged}. */
    default boolean isUnchanged() {
        return this instanceof Unchanged;
    }

    /** Whether this is {@link NotSet}. */
    default boolean isNotSet() {
        return this instanceof NotSet;
    }

    /** Whether a value is present ({@code Set} or {@code Unchanged}). */
    default boolean hasValue() {
        return !isNotSet();
    }

    /**
     * The value of a {@code Set} or {@code Unchanged} state (may be null).
     *
     * @throws IllegalStateException on {@code NotSet}
     */
    default @Nullable T value() {
        if (this instanceof Set<T> s) return s.value();
        if (this instanceof Unchanged<T> u) return u.value();
        throw new IllegalStateException("value is NotSet");
    }

    /**
     * SeaORM's {@code set_if_not_equals}: stays {@code Unchanged} when the current state is
     * {@code Unchanged(x)} with {@code x} equal to {@code v}; otherwise becomes {@code Set(v)}.
     */
    default ActiveValue<T> setIfNotEqual(@Nullable T v) {
        if (this instanceof Unchanged<T> u && Objects.deepEquals(u.value(), v)) {
            return this;
        }
        return new Set<>(v);
    }

    /** {@code Unchanged(v)} becomes {@code Set(v)}; other states are kept. */
    default ActiveValue<T> reset() {
        return this instanceof Unchanged<T> u ? new Set<>(u.value()) : this;
    }

    /** {@code Set(v)} becomes {@code Unchanged(v)}; other states are kept. Used after a write. */
    default ActiveValue<T> markUnchanged() {
        return this instanceof Set<T> s ? new Unchanged<>(s.value()) : this;
    }

    /** Holder of the shared NotSet instance. */
    final class NotSetHolder {
        private static final NotSet<Object> INSTANCE = new NotSet<>();

        private NotSetHolder() {
        }
    }
}
