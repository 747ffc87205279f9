package dev.tideorm.core.meta;

import dev.tideorm.core.conn.RowReader;

/**
 * Creates a model record straight from a row: each column read with its {@link Column#read} and passed to the
 * canonical constructor, every relation unloaded. Generated, so reading a row builds no array of column values
 * ({@link EntityMeta#read} falls back to the {@link ModelFactory} when an entity has none).
 */
@FunctionalInterface
public interface RowFactory<M> {
    /** The record of the entity's columns at {@code offset}, {@code offset + 1}, ... of {@code row}. */
    M read(RowReader row, int offset);
}
