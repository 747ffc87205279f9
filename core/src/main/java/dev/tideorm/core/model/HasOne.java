package dev.tideorm.core.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A to-one relation component of an entity record (has-one or belongs-to): either not loaded, or loaded
 * with the related row or with nothing ("not found", which is distinct from "not loaded").
 *
 * @param <T> the related entity
 */
public record HasOne<T>(boolean loaded, @Nullable T value) {
    private static final HasOne<?> UNLOADED = new HasOne<>(false, null);

    /** Checks that an unloaded relation holds no value. */
    public HasOne {
        if (!loaded && value != null) throw new IllegalArgumentException("an unloaded relation holds no value");
    }

    /** The relation was not requested when the row was loaded. */
    @SuppressWarnings("unchecked")
    public static <T> HasOne<T> unloaded() {
        return (HasOne<T>) UNLOADED;
    }

    /** The relation was loaded: with the related row, or with null when there is none. */
    public static <T> HasOne<T> loaded(@Nullable T value) {
        return new HasOne<>(true, value);
    }

    /** Whether the relation was not requested when the row was loaded. */
    public boolean isUnloaded() {
        return !loaded;
    }

    /**
     * The related row, empty when loaded and not found.
     *
     * @throws IllegalStateException when the relation was not loaded
     */
    public Optional<T> get() {
        if (!loaded) throw new IllegalStateException("relation not loaded: request it with with(...)");
        return Optional.ofNullable(value);
    }
}
