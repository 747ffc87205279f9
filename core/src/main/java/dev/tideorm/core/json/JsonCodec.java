package dev.tideorm.core.json;

import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * Converts Java values to JSON text and back, for JSON columns of types other than {@code String} and
 * {@link JsonText}: {@code @Column(json = true) Settings settings}, {@code @Column(json = true) List<Address>}.
 * TideORM finds the codec through {@link JsonCodecs}: one installed with {@link JsonCodecs#install}, else the
 * first registered for {@link java.util.ServiceLoader} under {@code META-INF/services/dev.tideorm.core.json.JsonCodec}.
 * {@code tideorm-jackson} provides one.
 *
 * <p>Implementations must be thread-safe. They are called once per value written or read, on whatever thread
 * runs the statement, so they must not block. They signal failures with unchecked exceptions; TideORM wraps them
 * in a {@code TypeConversionException} naming the column, and keeps them as the cause.
 */
public interface JsonCodec {

    /**
     * The JSON text of {@code value}.
     *
     * @param value never null: a null component is stored as SQL NULL without calling the codec
     * @param type  the component's declared type: a {@code Class}, or a {@code ParameterizedType} such as
     *              {@code List<Address>}
     */
    String encode(Object value, Type type);

    /**
     * The value of type {@code type} that {@code json} holds; null for the JSON literal {@code null}.
     *
     * @param json the column's text, as the database returns it (never SQL NULL)
     * @param type the component's declared type, as for {@link #encode}
     */
    @Nullable Object decode(String json, Type type);
}
