package dev.tideorm.core.sql;

/**
 * The logical SQL type of a column or bound value. Dialects map it to their own type names
 * (DDL) and to the driver's bind types.
 */
public enum SqlType {
    BOOLEAN, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL,
    /** Character data with a length limit ({@link ColumnType#length()}); unlimited when the length is 0. */
    VARCHAR,
    /** Unlimited character data. */
    TEXT,
    UUID, DATE, TIME, TIMESTAMP,
    /** Timestamp with time zone ({@code OffsetDateTime}, {@code Instant}). */
    TIMESTAMP_TZ,
    BINARY,
    /** JSON document. Bound as text and cast by the dialect. */
    JSON
}
