package dev.tideorm.r2dbc.internal;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.dialect.Dialects;
import dev.tideorm.core.sql.Value;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ValidationDepth;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /**
     * The common conversions, after refusing the dates and times r2dbc-postgresql would store as something else,
     * so that they fail typed ({@code TypeConversionException}) before anything is sent: before 4713-01-01 BC (or
     * after the driver's maxima) it writes {@code -infinity} ({@code infinity}), which reads back as {@code MIN}
     * ({@code MAX}). Those bounds themselves, the driver's spelling of the infinities, pass.
     */
    @Override
    public Object toDriver(Value value) {
        Object v = value.value();
        if (v instanceof LocalDate d && !d.equals(LocalDate.MIN) && !d.equals(LocalDate.MAX)
                && (d.isBefore(MIN_DATE) || d.isAfter(MAX_DATE))) {
            throw outOfRange(d);
        }
        if (v instanceof LocalDateTime t && !t.equals(LocalDateTime.MIN) && !t.equals(LocalDateTime.MAX)
                && (t.isBefore(MIN_DATE.atStartOfDay()) || t.isAfter(MAX_LOCAL_DATE_TIME))) {
            throw outOfRange(t);
        }
        if (v instanceof OffsetDateTime t && !t.equals(OffsetDateTime.MIN) && !t.equals(OffsetDateTime.MAX)
                && (t.isBefore(MIN_INSTANT.atOffset(ZoneOffset.UTC)) || t.isAfter(MAX_OFFSET_DATE_TIME))) {
            throw outOfRange(t);
        }
        if (v instanceof Instant i && (i.isBefore(MIN_INSTANT) || i.isAfter(MAX_OFFSET_DATE_TIME.toInstant()))) {
            throw outOfRange(i);
        }
        return super.toDriver(value);
    }

    /** r2dbc-postgresql's bounds (PostgresqlDateTimeFormatter): below or above them it writes an infinity. */
    private static final LocalDate MIN_DATE = LocalDate.of(-4712, 1, 1);
    private static final LocalDate MAX_DATE = LocalDate.of(5_874_897, 12, 31);
    private static final Instant MIN_INSTANT = MIN_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final LocalDateTime MAX_LOCAL_DATE_TIME = LocalDateTime.MAX.minus(Duration.ofMillis(500));
    private static final OffsetDateTime MAX_OFFSET_DATE_TIME = OffsetDateTime.MAX.minus(Duration.ofMillis(500));

    private static IllegalArgumentException outOfRange(Object v) {
        return new IllegalArgumentException(v.getClass().getSimpleName() + " outside PostgreSQL's range (the "
                + "driver would store an infinity instead)");
    }

    @Override
    public Object fromDriver(Object raw, Class<?> target, String columnType) {
        if (raw instanceof Json json && target == String.class) {
            return json.asString();
        }
        return super.fromDriver(raw, target, columnType);
    }

    @Override
    public boolean readsByJavaType() {
        return true;
    }
}
