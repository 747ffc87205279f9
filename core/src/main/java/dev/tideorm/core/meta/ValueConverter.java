package dev.tideorm.core.meta;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Converts a column's Java value to the value bound to the driver and back. The identity for built-in
 * types; enums and {@code @ValueType} records convert through generated lambdas, never reflection.
 *
 * @param <T> the Java type of the entity component
 * @param <D> the type the driver binds and reads
 */
public final class ValueConverter<T, D> {
    private final Class<D> dbType;
    private final Function<T, D> toDb;
    private final Function<D, T> fromDb;

    private ValueConverter(Class<D> dbType, Function<T, D> toDb, Function<D, T> fromDb) {
        this.dbType = Objects.requireNonNull(dbType, "dbType");
        this.toDb = Objects.requireNonNull(toDb, "toDb");
        this.fromDb = Objects.requireNonNull(fromDb, "fromDb");
    }

    /** A converter between a user type and a driver type. */
    public static <T, D> ValueConverter<T, D> of(Class<D> dbType, Function<T, D> toDb, Function<D, T> fromDb) {
        return new ValueConverter<>(dbType, toDb, fromDb);
    }

    /** The identity converter for a type the driver handles itself. */
    public static <T> ValueConverter<T, T> identity(Class<T> type) {
        return new ValueConverter<>(type, Function.identity(), Function.identity());
    }

    /**
     * A Java enum stored as its {@code name()}. Reading a name no constant has fails with an
     * {@code IllegalArgumentException} that does not quote it: stored values never appear in messages.
     */
    public static <E extends Enum<E>> ValueConverter<E, String> enumByName(Class<E> type) {
        Map<String, E> byName = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            byName.put(e.name(), e);
        }
        return new ValueConverter<>(String.class, Enum::name, s -> {
            E e = byName.get(s);
            if (e == null) {
                throw new IllegalArgumentException("no " + type.getSimpleName() + " constant has the stored name");
            }
            return e;
        });
    }

    /**
     * A Java enum implementing {@link dev.tideorm.core.model.ActiveEnum}, stored as its {@code dbValue()}. Reading a
     * value no constant has fails with an {@code IllegalArgumentException} that does not quote it.
     */
    public static <E extends Enum<E> & dev.tideorm.core.model.ActiveEnum<V>, V> ValueConverter<E, V> activeEnum(
            Class<E> type, Class<V> dbType) {
        E[] constants = type.getEnumConstants();
        return new ValueConverter<>(dbType, dev.tideorm.core.model.ActiveEnum::dbValue, v -> {
            for (E e : constants) {
                if (e.dbValue().equals(v)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("no " + type.getSimpleName() + " constant has the stored value");
        });
    }

    /** An {@code Instant} stored as a UTC {@code OffsetDateTime} (timestamp with time zone). */
    public static ValueConverter<java.time.Instant, java.time.OffsetDateTime> instant() {
        return new ValueConverter<>(java.time.OffsetDateTime.class,
                i -> i.atOffset(java.time.ZoneOffset.UTC), java.time.OffsetDateTime::toInstant);
    }

    /** A {@link dev.tideorm.core.json.Json} tree stored as JSON text. */
    public static ValueConverter<dev.tideorm.core.json.Json, String> json() {
        return new ValueConverter<>(String.class, dev.tideorm.core.json.Json::toString,
                dev.tideorm.core.json.Json::parse);
    }

    /** The Java type bound to and read from the driver. */
    public Class<D> dbType() {
        return dbType;
    }

    /** Converts a component value to its driver value. */
    public D toDb(T value) {
        return toDb.apply(value);
    }

    /** Converts a driver value to the component value. */
    public T fromDb(D value) {
        return fromDb.apply(value);
    }
}
