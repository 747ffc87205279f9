package dev.tideorm.codegen.model;

/**
 * A column's SQL type as the processor resolved it; mirrors {@code dev.tideorm.core.sql.ColumnType}.
 *
 * @param kind      the {@code SqlType} constant name
 * @param length    VARCHAR length (0: unlimited)
 * @param precision DECIMAL precision (0: dialect default)
 * @param scale     DECIMAL scale
 */
public record SqlTypeModel(String kind, int length, int precision, int scale) {
    public static SqlTypeModel of(String kind) {
        return new SqlTypeModel(kind, 0, 0, 0);
    }
}
