package dev.tideorm.r2dbc.internal;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.dialect.Dialects;
import io.r2dbc.postgresql.codec.Json;

/**
 * r2dbc-postgresql: {@code jsonb}/{@code json} columns come back as {@link Json} and are read as text; the
 * rest is the common conversions ({@code bytea} as a {@code ByteBuffer}, numbers widened).
 */
final class PostgresBackend extends Backend {
    private final ErrorTranslator errors = new PostgresErrorTranslator();

    @Override
    public Dialect dialect() {
        return Dialects.POSTGRES;
    }

    @Override
    public ErrorTranslator errors() {
        return errors;
    }

    @Override
    public Object fromDriver(Object raw, Class<?> target, String columnType) {
        if (raw instanceof Json json && target == String.class) {
            return json.asString();
        }
        return super.fromDriver(raw, target, columnType);
    }
}
