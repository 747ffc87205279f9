package dev.tideorm.core.meta;

import org.jspecify.annotations.Nullable;

/**
 * Creates a model record from its column values (entity column order) and its relation values (entity
 * relation order: {@code HasOne}/{@code HasMany}). Generated; calls the canonical constructor directly. Both arrays
 * are only read, never kept: a row reader may pass one shared array of unloaded relations to every call.
 */
@FunctionalInterface
public interface ModelFactory<M> {
    /** Calls the canonical constructor with these values; ignored components get their type's default. */
    M create(@Nullable Object[] columns, Object[] relations);
}
