package dev.tideorm.r2dbc.internal;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.dialect.Dialects;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ValidationDepth;
import reactor.core.publisher.Mono;

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

    /**
     * r2dbc-postgresql answers a {@code LOCAL} validation from its channel state, synchronously, so the answer is
     * read at once; a driver that needed I/O for it would leave the future pending, read as "open".
     */
    @Override
    public boolean isOpen(Connection connection) {
        return Mono.from(connection.validate(ValidationDepth.LOCAL)).toFuture().getNow(Boolean.TRUE);
    }

    @Override
    public Object fromDriver(Object raw, Class<?> target, String columnType) {
        if (raw instanceof Json json && target == String.class) {
            return json.asString();
        }
        return super.fromDriver(raw, target, columnType);
    }
}
