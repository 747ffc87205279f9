package dev.tideorm.r2dbc.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Lossless conversions between what drivers return (read as {@code Object}, in the driver's own type) and the
 * type a mapper asks for. Widening and exact narrowing of numbers ({@code Integer} to {@code Long}, a
 * {@code Long} that fits to {@code Integer}, an integral {@code BigDecimal} to {@code Long}), buffers to
 * {@code byte[]}, {@code OffsetDateTime} to {@code Instant}, text to {@code UUID}. A conversion that would
 * lose information fails; nothing is parsed from text except UUIDs.
 */
public final class ValueConversions {
    /** Returned when no conversion applies. */
    public static final Object NONE = new Object();

    /** Types this class knows; for any other type the driver is asked directly. */
    private static final Set<Class<?>> KNOWN = Set.of(Long.class, Integer.class, Short.class, Byte.class,
            Double.class, Float.class, BigDecimal.class, BigInteger.class, Boolean.class, String.class,
            Character.class, byte[].class, ByteBuffer.class, UUID.class, OffsetDateTime.class, Instant.class,
            ZonedDateTime.class, LocalDateTime.class, LocalDate.class, LocalTime.class);

    private ValueConversions() {
    }

    /** Whether {@code type} (boxed) is one this class converts to. */
    public static boolean isKnown(Class<?> type) {
        return KNOWN.contains(boxed(type));
    }

    /**
     * {@code raw} as {@code target}, or {@link #NONE} when no lossless conversion exists.
     *
     * @throws ArithmeticException when a number does not fit the target
     */
    public static Object convert(Object raw, Class<?> target) {
        Class<?> t = boxed(target);
        if (t.isInstance(raw)) {
            return raw;
        }
        if (raw instanceof Number n) {
            return number(n, t);
        }
        if (t == byte[].class && raw instanceof ByteBuffer b) {
            ByteBuffer copy = b.duplicate();
            byte[] out = new byte[copy.remaining()];
            copy.get(out);
            return out;
        }
        if (t == ByteBuffer.class && raw instanceof byte[] bytes) {
            return ByteBuffer.wrap(bytes);
        }
        if (t == Instant.class) {
            if (raw instanceof OffsetDateTime o) return o.toInstant();
            if (raw instanceof ZonedDateTime z) return z.toInstant();
        }
        if (t == OffsetDateTime.class) {
            if (raw instanceof Instant i) return i.atOffset(ZoneOffset.UTC);
            if (raw instanceof ZonedDateTime z) return z.toOffsetDateTime();
        }
        if (t == ZonedDateTime.class && raw instanceof OffsetDateTime o) {
            return o.toZonedDateTime();
        }
        if (t == UUID.class && raw instanceof String s) {
            return UUID.fromString(s);
        }
        if (t == String.class && raw instanceof Character c) {
            return c.toString();
        }
        if (t == Character.class && raw instanceof String s && s.length() == 1) {
            return s.charAt(0);
        }
        return NONE;
    }

    private static Object number(Number n, Class<?> t) {
        if (t == Long.class) {
            return exactLong(n);
        }
        if (t == Integer.class) {
            return Math.toIntExact(exactLong(n));
        }
        if (t == Short.class) {
            long v = exactLong(n);
            if (v != (short) v) throw new ArithmeticException("value out of SMALLINT range");
            return (short) v;
        }
        if (t == Byte.class) {
            long v = exactLong(n);
            if (v != (byte) v) throw new ArithmeticException("value out of byte range");
            return (byte) v;
        }
        if (t == BigDecimal.class) {
            if (n instanceof BigInteger b) return new BigDecimal(b);
            if (n instanceof Double || n instanceof Float) return BigDecimal.valueOf(n.doubleValue());
            return BigDecimal.valueOf(exactLong(n));
        }
        if (t == BigInteger.class) {
            if (n instanceof BigDecimal d) return d.toBigIntegerExact();
            return BigInteger.valueOf(exactLong(n));
        }
        if (t == Double.class) {
            if (n instanceof Long l && Math.abs(l) > (1L << 53)) throw new ArithmeticException("long exceeds double precision");
            // Decimals become the nearest double: a double column or field is approximate by nature.
            return n.doubleValue();
        }
        if (t == Float.class) {
            if (n instanceof Double d && (double) d.floatValue() != d) throw new ArithmeticException("double does not fit float");
            if ((n instanceof Long || n instanceof Integer) && Math.abs(n.longValue()) > (1L << 24)) {
                throw new ArithmeticException("integer exceeds float precision");
            }
            return n.floatValue();
        }
        return NONE;
    }

    /** The integral value of {@code n}, failing if it has a fraction or does not fit a long. */
    private static long exactLong(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        }
        if (n instanceof BigDecimal d) return d.longValueExact();
        if (n instanceof BigInteger b) return b.longValueExact();
        throw new ArithmeticException(n.getClass().getSimpleName() + " is not an integral type");
    }

    /** The wrapper of a primitive type; other types unchanged. */
    public static Class<?> boxed(Class<?> c) {
        return dev.tideorm.core.sql.SqlTypes.boxed(c);
    }
}
