package dev.tideorm.jackson;

import dev.tideorm.core.json.JsonCodec;
import dev.tideorm.core.json.JsonCodecs;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link JsonCodec} of JSON columns on Jackson 3: values are written with the writer and read with the reader
 * of their declared type ({@code Settings}, {@code List<Address>}, {@code Map<String, Object>}), so element types
 * survive. Registered for {@link java.util.ServiceLoader}: with this module on the class path, JSON columns use a
 * codec on a default {@link JsonMapper} without any setup. To use the application's own mapper (modules, naming
 * strategy, date format), install it once at start-up:
 *
 * <pre>{@code
 * JacksonJsonCodec.install(JsonMapper.builder()
 *         .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
 *         .build());
 * // @Column(json = true) Settings settings   ->   {"font_size":14,"theme":"dark"} in a jsonb column
 * }</pre>
 *
 * Thread-safe: Jackson mappers, readers and writers are immutable; the reader and writer of each type are made
 * once and kept. Jackson's exceptions are unchecked ({@code JacksonException}); TideORM wraps them in a
 * {@code TypeConversionException} naming the column.
 */
public final class JacksonJsonCodec implements JsonCodec {
    private final JsonMapper mapper;
    private final ConcurrentMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();
    private final ConcurrentMap<Type, ObjectWriter> writers = new ConcurrentHashMap<>();

    /** A codec on a default {@link JsonMapper}; the constructor {@link java.util.ServiceLoader} calls. */
    public JacksonJsonCodec() {
        this(JsonMapper.builder().build());
    }

    /** A codec on the application's {@code mapper}. */
    public JacksonJsonCodec(JsonMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * Makes a codec on {@code mapper} the codec of every JSON column ({@link JsonCodecs#install}), ahead of the
     * default one ServiceLoader finds.
     *
     * @return the installed codec
     */
    public static JacksonJsonCodec install(JsonMapper mapper) {
        JacksonJsonCodec codec = new JacksonJsonCodec(mapper);
        JsonCodecs.install(codec);
        return codec;
    }

    /** The mapper this codec writes and reads with. */
    public JsonMapper mapper() {
        return mapper;
    }

    @Override
    public String encode(Object value, Type type) {
        return writers.computeIfAbsent(type, t -> mapper.writerFor(mapper.constructType(t)))
                .writeValueAsString(value);
    }

    @Override
    public @Nullable Object decode(String json, Type type) {
        return readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t))).readValue(json);
    }

    @Override
    public String toString() {
        return "JacksonJsonCodec";
    }
}
