package dev.tideorm.core.dialect;

import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.render.SqlRenderer;

/**
 * H2 2.4 in its regular mode, driven through r2dbc-h2: no RETURNING (generated values come from the
 * driver), upserts as MERGE, {@code $1 FORMAT JSON}, at most 100,000 bind parameters.
 */
final class H2Dialect extends AbstractDialect {
    /** Precision of a DECIMAL declared without one: H2's own default would be NUMERIC(100000, 0). */
    static final int DEFAULT_DECIMAL_PRECISION = 38;
    /** Scale of a DECIMAL declared with neither precision nor scale. */
    static final int DEFAULT_DECIMAL_SCALE = 10;
    /** Fractional-second digits of times and timestamps: nanoseconds, java.time's precision. */
    static final int NANOSECONDS = 9;

    private final SqlRenderer renderer = new H2Renderer(this);

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public boolean supportsReturning() {
        return false;
    }

    @Override
    public int maxBindParameters() {
        return 100_000;
    }

    /**
     * H2's type names. Unlimited text is {@code CHARACTER VARYING}, never CLOB, so that it compares
     * and sorts. A DECIMAL with precision 0 becomes {@code NUMERIC(38, scale)}, or
     * {@code NUMERIC(38, 10)} when the scale is 0 too. Times and timestamps keep nanoseconds, as
     * java.time does: {@code TIME(9)}, {@code TIMESTAMP(9)}, {@code TIMESTAMP(9) WITH TIME ZONE} (H2's
     * defaults, 0 and 6 fractional digits, would round {@code 12:34:56.789} to {@code 12:34:57}).
     */
    @Override
    public String columnTypeSql(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "BOOLEAN";
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DECIMAL -> decimal(type);
            case VARCHAR -> type.length() == 0 ? "CHARACTER VARYING" : "VARCHAR(" + type.length() + ")";
            case TEXT -> "CHARACTER VARYING";
            case UUID -> "UUID";
            case DATE -> "DATE";
            case TIME -> "TIME(" + NANOSECONDS + ")";
            case TIMESTAMP -> "TIMESTAMP(" + NANOSECONDS + ")";
            case TIMESTAMP_TZ -> "TIMESTAMP(" + NANOSECONDS + ") WITH TIME ZONE";
            case BINARY -> "VARBINARY";
            case JSON -> "JSON";
        };
    }

    private static String decimal(ColumnType type) {
        if (type.precision() != 0) {
            return "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
        }
        int scale = type.scale() == 0 ? DEFAULT_DECIMAL_SCALE : type.scale();
        return "NUMERIC(" + DEFAULT_DECIMAL_PRECISION + ", " + scale + ")";
    }

    @Override
    SqlRenderer renderer() {
        return renderer;
    }
}
