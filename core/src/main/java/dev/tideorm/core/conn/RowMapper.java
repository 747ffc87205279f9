package dev.tideorm.core.conn;

/**
 * Maps the current row to a value. Called once per row; the {@link RowReader} is valid only during the call
 * (keep the values read from it, never the reader).
 */
@FunctionalInterface
public interface RowMapper<T> {
    T map(RowReader row);
}
