package dev.tideorm.core.sql;

import java.util.Objects;

/**
 * A column's SQL type with its size parameters.
 *
 * @param kind      the logical type
 * @param length    character length for {@link SqlType#VARCHAR}; 0 means unlimited
 * @param precision numeric precision for {@link SqlType#DECIMAL}; 0 means the dialect default
 * @param scale     numeric scale for {@link SqlType#DECIMAL}
 */
public record ColumnType(SqlType kind, int length, int precision, int scale) {
    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        if (length < 0 || precision < 0 || scale < 0) {
            throw new IllegalArgumentException("negative size in column type " + kind);
        }
    }

    /** A type with no size parameters. */
    public static ColumnType of(SqlType kind) {
        return new ColumnType(kind, 0, 0, 0);
    }

    /** A character type limited to {@code length} characters. */
    public static ColumnType varchar(int length) {
        return new ColumnType(SqlType.VARCHAR, length, 0, 0);
    }

    /** A decimal type with the given precision and scale. */
    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(SqlType.DECIMAL, 0, precision, scale);
    }
}
