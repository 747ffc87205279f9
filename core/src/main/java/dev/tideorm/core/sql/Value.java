package dev.tideorm.core.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value bound to a statement. It keeps its Java type and logical SQL type even when it is
 * null, so that the executor can bind a typed null and the dialect can add a cast where the
 * database needs one (JSON).
 *
 * @param value   the value in its database representation (enums and value types already converted)
 * @param type    the Java type the driver binds ({@code Integer}, {@code String}, ...)
 * @param sqlType the logical SQL type
 */
public record Value(@Nullable Object value, Class<?> type, SqlType sqlType) {
    public Value {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sqlType, "sqlType");
        if (value != null && !SqlTypes.boxed(type).isInstance(value)) {
            throw new IllegalArgumentException(
                    "value of " + value.getClass().getName() + " does not match declared type " + type.getName());
        }
    }

    /** Whether the value is SQL NULL. */
    public boolean isNull() {
        return value == null;
    }

    /** A value whose SQL type is inferred from its Java class. */
    public static Value of(Object value) {
        Objects.requireNonNull(value, "value (use Value.nullOf for NULL)");
        return new Value(value, value.getClass(), SqlTypes.infer(value.getClass()));
    }

    /** A typed SQL NULL. */
    public static Value nullOf(Class<?> type, SqlType sqlType) {
        return new Value(null, type, sqlType);
    }
}
