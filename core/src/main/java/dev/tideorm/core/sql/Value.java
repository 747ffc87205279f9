package dev.tideorm.core.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value bound to a statement. It keeps its Java type and logical SQL type even when it is
 * null, so that the executor can bind a typed null and the dialect can add a cast where the
 * database needs one (JSON). An array value ({@link #array}) binds a whole list as one parameter,
 * for {@code col = ANY($1)}: the SQL text stays the same whatever the number of elements, and the
 * parameter limit of the driver does not apply to the elements.
 *
 * @param value   the value in its database representation (enums and value types already converted)
 * @param type    the Java type the driver binds ({@code Integer}, {@code String}, ...; an array class for an array)
 * @param sqlType the logical SQL type (of the elements, for an array)
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

    /**
     * An array of {@code elements}, each of class {@code elementType} (boxed) in its database representation.
     *
     * @throws IllegalArgumentException when an element is not an {@code elementType}
     */
    public static Value array(Class<?> elementType, SqlType elementSqlType, java.util.Collection<?> elements) {
        Class<?> boxed = SqlTypes.boxed(elementType);
        Object[] array = (Object[]) java.lang.reflect.Array.newInstance(boxed, elements.size());
        int i = 0;
        for (Object e : elements) {
            if (e != null && !boxed.isInstance(e)) {
                throw new IllegalArgumentException("array element of " + e.getClass().getName()
                        + " does not match element type " + boxed.getName());
            }
            array[i++] = e;
        }
        return new Value(array, array.getClass(), elementSqlType);
    }

    /** Whether this is an {@linkplain #array array} value. */
    public boolean isArray() {
        return type.isArray();
    }
}
