package dev.tideorm.r2dbc.internal;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.dialect.Dialects;
import java.nio.charset.StandardCharsets;

/**
 * r2dbc-h2: {@code INTEGER} comes back as {@code Integer} and the driver refuses to widen it
 * ({@code row.get(i, Long.class)} throws), so values are read as {@code Object} and converted. H2 2.4 returns
 * {@code JSON} columns as text; should a version return their bytes, they are decoded as UTF-8.
 */
final class H2Backend extends Backend {
    private final ErrorTranslator errors = new H2ErrorTranslator();

    @Override
    public Dialect dialect() {
        return Dialects.H2;
    }

    @Override
    public ErrorTranslator errors() {
        return errors;
    }

    /** H2 opens (and may create) its database inside {@code ConnectionFactory.create()}, on the caller's thread. */
    @Override
    public boolean opensConnectionsBlocking() {
        return true;
    }

    @Override
    public Object fromDriver(Object raw, Class<?> target, String columnType) {
        if (raw instanceof byte[] bytes && target == String.class && columnType.equalsIgnoreCase("JSON")) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return super.fromDriver(raw, target, columnType);
    }
}
