package dev.tideorm.core.meta;

import dev.tideorm.core.json.JsonCodec;
import dev.tideorm.core.json.JsonCodecs;
import dev.tideorm.core.json.JsonText;
import dev.tideorm.core.json.TypeRef;
import dev.tideorm.core.sql.SqlTypes;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Converts a column's Java value to the value bound to the driver and back. The identity for built-in
 * types; enums, {@code @ValueType} records, {@code @Convert} converters and JSON columns convert through
 * converters the generated metamodel creates once, never reflection per row.
 *
 * @param <T> the Java type of the entity component
 * @param <D> the type the driver binds and reads
 */
public final class ValueConverter<T, D> {
    private final Class<D> dbType;
    private final Function<T, D> toDb;
    private final Function<D, T> fromDb;
    private final boolean identity;

    private ValueConverter(Class<D> dbType, Function<T, D> toDb, Function<D, T> fromDb) {
        this.dbType = Objects.requireNonNull(dbType, "dbType");
        this.toDb = Objects.requireNonNull(toDb, "toDb");
        this.fromDb = Objects.requireNonNull(fromDb, "fromDb");
        this.identity = toDb == Function.<T>identity() && fromDb == Function.<D>identity();
    }

    /** Whether values pass unchanged both ways (a type the driver handles itself). */
    public boolean isIdentity() {
        return identity;
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

    /** A {@link JsonText} stored as its text, in a JSON column. */
    public static ValueConverter<JsonText, String> jsonText() {
        return new ValueConverter<>(String.class, JsonText::text, JsonText::of);
    }

    /**
     * A value of class {@code type} stored as JSON text through the {@link JsonCodec} of {@link JsonCodecs}, looked
     * up on each conversion: {@code @Column(json = true) Settings settings}. Without a codec each conversion fails
     * with a {@link dev.tideorm.core.error.TypeConversionException} saying to add {@code tideorm-jackson}.
     */
    public static <T> ValueConverter<T, String> json(Class<T> type) {
        return codecJson(type, SqlTypes.boxed(type));
    }

    /**
     * A value of the generic type {@code type} stored as JSON text through the {@link JsonCodec}, as
     * {@link #json(Class)}: {@code ValueConverter.json(new TypeRef<List<Address>>() {})}.
     */
    public static <T> ValueConverter<T, String> json(TypeRef<T> type) {
        return codecJson(type.type(), type.rawType());
    }

    private static <T> ValueConverter<T, String> codecJson(Type type, Class<?> raw) {
        // Look for a codec now, while the metamodel loads: ServiceLoader reads the class path, which should not
        // happen on the event-loop thread decoding the first row. The codec is still looked up per conversion.
        JsonCodecs.find();
        return new ValueConverter<>(String.class, v -> JsonCodecs.require().encode(v, type), s -> {
            Object v = JsonCodecs.require().decode(s, type);
            if (v != null && !raw.isInstance(v)) {
                throw new IllegalStateException("the JsonCodec decoded a " + v.getClass().getName() + " for "
                        + type.getTypeName());
            }
            @SuppressWarnings("unchecked")
            T t = (T) v;
            return t;
        });
    }

    /**
     * The user's {@code converter} to a type {@code dbType} the driver binds itself ({@code String},
     * {@code BigDecimal}, ...); what {@code @Convert} generates.
     */
    public static <T, D> ValueConverter<T, D> of(ColumnConverter<T, D> converter, Class<D> dbType) {
        Objects.requireNonNull(converter, "converter");
        return new ValueConverter<>(dbType, converter::toDb, converter::fromDb);
    }

    /**
     * The user's {@code converter}, followed by {@code then} for its stored type: a {@code ColumnConverter<T,
     * Instant>} followed by {@link #instant()}, or one to {@link JsonText} followed by {@link #jsonText()}.
     */
    public static <T, D, E> ValueConverter<T, E> of(ColumnConverter<T, D> converter, ValueConverter<D, E> then) {
        Objects.requireNonNull(converter, "converter");
        Objects.requireNonNull(then, "then");
        return new ValueConverter<>(then.dbType, v -> {
            D d = converter.toDb(v);
            return d == null ? null : then.toDb(d);
        }, e -> {
            D d = then.fromDb(e);
            return d == null ? null : converter.fromDb(d);
        });
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
