package dev.tideorm.core.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Maps Java classes to the logical SQL type they are stored as by default. */
public final class SqlTypes {
    private SqlTypes() {
    }

    /**
     * The default SQL type of a Java class.
     *
     * @throws IllegalArgumentException when the class has no built-in mapping
     */
    public static SqlType infer(Class<?> c) {
        if (c == Boolean.class || c == boolean.class) return SqlType.BOOLEAN;
        if (c == Short.class || c == short.class) return SqlType.SMALLINT;
        if (c == Integer.class || c == int.class) return SqlType.INTEGER;
        if (c == Long.class || c == long.class) return SqlType.BIGINT;
        if (c == Float.class || c == float.class) return SqlType.REAL;
        if (c == Double.class || c == double.class) return SqlType.DOUBLE;
        if (c == BigDecimal.class) return SqlType.DECIMAL;
        if (c == String.class) return SqlType.TEXT;
        if (c == UUID.class) return SqlType.UUID;
        if (c == LocalDate.class) return SqlType.DATE;
        if (c == LocalTime.class) return SqlType.TIME;
        if (c == LocalDateTime.class) return SqlType.TIMESTAMP;
        if (c == OffsetDateTime.class || c == Instant.class) return SqlType.TIMESTAMP_TZ;
        if (c == byte[].class) return SqlType.BINARY;
        throw new IllegalArgumentException("no SQL type mapping for " + c.getName());
    }

    /** The wrapper class of a primitive type; any other class unchanged. */
    public static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) return c;
        if (c == int.class) return Integer.class;
        if (c == long.class) return Long.class;
        if (c == boolean.class) return Boolean.class;
        if (c == short.class) return Short.class;
        if (c == double.class) return Double.class;
        if (c == float.class) return Float.class;
        if (c == byte.class) return Byte.class;
        if (c == char.class) return Character.class;
        return c;
    }
}
