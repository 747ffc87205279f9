package dev.tideorm.core.model;

import java.util.List;

/**
 * A to-many relation component of an entity record (has-many or many-to-many): either not loaded, or
 * loaded with the related rows (possibly none).
 *
 * @param <T> the related entity
 */
public record HasMany<T>(boolean loaded, List<T> items) {
    private static final HasMany<?> UNLOADED = new HasMany<>(false, List.of());

    /** Copies {@code items}, and checks that an unloaded relation holds no rows. */
    public HasMany {
        items = List.copyOf(items);
        if (!loaded && !items.isEmpty()) throw new IllegalArgumentException("an unloaded relation holds no rows");
    }

    /** The relation was not requested when the row was loaded. */
    @SuppressWarnings("unchecked")
    public static <T> HasMany<T> unloaded() {
        return (HasMany<T>) UNLOADED;
    }

    /** The relation was loaded with these rows (possibly none). */
    public static <T> HasMany<T> loaded(List<T> items) {
        return new HasMany<>(true, items);
    }

    /** Whether the relation was not requested when the row was loaded. */
    public boolean isUnloaded() {
        return !loaded;
    }

    /**
     * The related rows.
     *
     * @throws IllegalStateException when the relation was not loaded
     */
    public List<T> get() {
        if (!loaded) throw new IllegalStateException("relation not loaded: request it with with(...)");
        return items;
    }
}
