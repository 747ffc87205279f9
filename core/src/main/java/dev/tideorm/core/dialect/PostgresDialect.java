package dev.tideorm.core.dialect;

import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.render.SqlRenderer;

/** PostgreSQL: RETURNING, {@code ON CONFLICT} upserts, jsonb, at most 65,535 bind parameters. */
final class PostgresDialect extends AbstractDialect {
    private final SqlRenderer renderer = new PostgresRenderer(this);

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public boolean supportsReturning() {
        return true;
    }

    /** The wire protocol counts parameters in an unsigned 16-bit field; 65,536 fails. */
    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    public String columnTypeSql(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "real";
            case DOUBLE -> "double precision";
            case DECIMAL -> type.precision() == 0
                    ? "numeric"
                    : "numeric(" + type.precision() + ", " + type.scale() + ")";
            case VARCHAR -> type.length() == 0 ? "text" : "varchar(" + type.length() + ")";
            case TEXT -> "text";
            case UUID -> "uuid";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMP_TZ -> "timestamp with time zone";
            case BINARY -> "bytea";
            case JSON -> "jsonb";
        };
    }

    @Override
    SqlRenderer renderer() {
        return renderer;
    }
}
