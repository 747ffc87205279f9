package dev.tideorm.r2dbc.internal;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.sql.Value;
import io.r2dbc.spi.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What differs between R2DBC drivers beyond SQL: the default dialect, the error translator, and how values are
 * bound and read. One instance per driver; chosen from the driver's {@code ConnectionFactoryMetadata} name.
 * A backend's class is loaded only when its driver is in use, so a missing driver jar costs nothing.
 */
public abstract class Backend {

    /** The backend of the driver named {@code driverName} ({@code PostgreSQL}, {@code H2}); null if unknown. */
    public static @Nullable Backend forDriver(String driverName) {
        String n = driverName.toLowerCase(Locale.ROOT);
        if (n.contains("postgres")) {
            return new PostgresBackend();
        }
        if (n.equals("h2")) {
            return new H2Backend();
        }
        return null;
    }

    /** A backend for a driver TideORM does not know, used with an explicitly chosen dialect. */
    public static Backend generic(Dialect dialect) {
        return new Backend() {
            private final ErrorTranslator errors = new GenericErrorTranslator();

            @Override
            public Dialect dialect() {
                return dialect;
            }

            @Override
            public ErrorTranslator errors() {
                return errors;
            }
        };
    }

    /** The dialect this driver's database speaks. */
    public abstract Dialect dialect();

    /**
     * Whether opening a connection blocks the calling thread (an embedded database opening its files): then the
     * pool opens connections on {@code Schedulers.boundedElastic()} rather than on r2dbc-pool's default,
     * Reactor's shared {@code single()} thread, which must never block.
     */
    public boolean opensConnectionsBlocking() {
        return false;
    }

    /**
     * Whether {@code row.get(i, column.getJavaType())} decodes exactly as {@code row.get(i)} does, only without
     * looking the column's preferred type up again for every value (r2dbc-postgresql's {@code get(i)} is
     * {@code get(i, Object.class)}, which finds the codec through the preferred type on each call).
     */
    public boolean readsByJavaType() {
        return false;
    }

    /** The driver's error translator. */
    public abstract ErrorTranslator errors();

    /**
     * Whether {@code connection}'s link to the server is still open, where the driver can tell without a round
     * trip; true when it cannot tell. Used to drop dead idle connections before anyone borrows them.
     */
    public boolean isOpen(Connection connection) {
        return true;
    }

    /** The object to bind for a non-null value. */
    public Object toDriver(Value value) {
        Object v = value.value();
        if (v instanceof String s && hasUnpairedSurrogate(s) || v instanceof Character c && Character.isSurrogate(c)) {
            // Not Unicode: r2dbc-postgresql's UTF-8 encoder writes '?' in its place, and so did H2 in an UPDATE
            // (HostileValuesIT). Refused here, it fails typed (TypeConversionException) and nothing is written.
            throw new IllegalArgumentException("text with an unpaired UTF-16 surrogate is not Unicode and would be "
                    + "stored as '?'");
        }
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        return v == null ? "" : v;
    }

    /** The type to bind a typed NULL with. */
    public Class<?> nullType(Value value) {
        Class<?> t = ValueConversions.boxed(value.type());
        if (t == Instant.class) {
            return OffsetDateTime.class;
        }
        if (t == Character.class) {
            return String.class;
        }
        return t;
    }

    /**
     * {@code raw}, a non-null value the driver returned for a column of database type {@code columnType}, as
     * {@code target}; {@link ValueConversions#NONE} when there is no lossless conversion. Subclasses add their
     * driver's own types first.
     */
    public Object fromDriver(Object raw, Class<?> target, String columnType) {
        return ValueConversions.convert(raw, target);
    }

    /** Whether {@code s} has a high surrogate not followed by a low one, or a low one not preceded by a high one. */
    static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
