package dev.tideorm.core.conn;

import org.jspecify.annotations.Nullable;

/**
 * Read access to one result row, valid only while the mapping callback runs. Implementations convert
 * driver values to the requested type where a lossless conversion exists (an {@code Integer} column read
 * as {@code Long}), and fail with {@link dev.tideorm.core.error.TypeConversionException} otherwise.
 */
public interface RowReader {
    /** The value of the 0-based column {@code index} as {@code type}, or null for SQL NULL. */
    <T> @Nullable T get(int index, Class<T> type);

    /** The value of the column labelled {@code name} (case-insensitive) as {@code type}, or null. */
    <T> @Nullable T get(String name, Class<T> type);

    /** The number of columns in the row. */
    int size();
}
