package dev.tideorm.core.conn;

/** Maps the current row to a value. Called once per row, while the row is valid. */
@FunctionalInterface
public interface RowMapper<T> {
    T map(RowReader row);
}
