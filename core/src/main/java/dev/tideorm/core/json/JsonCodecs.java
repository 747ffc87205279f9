package dev.tideorm.core.json;

import dev.tideorm.core.error.TypeConversionException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Where JSON columns find their {@link JsonCodec}: the codec {@linkplain #install installed} by the application,
 * else the first one {@link ServiceLoader} finds (looked up once, with the thread's context class loader and then
 * with TideORM's own, when the first metamodel with such a column loads, so that the class path is not read on a
 * thread decoding rows). Adding {@code tideorm-jackson} to the class path is enough:
 *
 * <pre>{@code
 * <dependency><groupId>dev.tideorm</groupId><artifactId>tideorm-jackson</artifactId></dependency>
 * // or, with the application's own mapper:
 * JsonCodecs.install(new JacksonJsonCodec(myJsonMapper));
 * }</pre>
 *
 * The codec is looked up each time a value is converted (a volatile read), so installing one after the
 * metamodels are loaded takes effect at once. Without any codec, writing or reading such a column fails with a
 * {@link TypeConversionException} that names the column and says what to add; nothing is stored silently.
 */
public final class JsonCodecs {
    private static volatile @Nullable JsonCodec installed;
    private static volatile @Nullable Optional<JsonCodec> discovered;

    private JsonCodecs() {
    }

    /** Makes {@code codec} the codec of every JSON column from now on, ahead of any found by ServiceLoader. */
    public static void install(JsonCodec codec) {
        installed = Objects.requireNonNull(codec, "codec");
    }

    /**
     * Forgets the installed codec and the one ServiceLoader found, so the next use looks again. For tests that
     * install codecs of their own.
     */
    public static void reset() {
        installed = null;
        discovered = null;
    }

    /** The codec JSON columns use: the installed one, else the first ServiceLoader finds; empty when none. */
    public static Optional<JsonCodec> find() {
        JsonCodec codec = installed;
        if (codec != null) {
            return Optional.of(codec);
        }
        Optional<JsonCodec> found = discovered;
        if (found == null) {
            found = discover();
            discovered = found;
        }
        return found;
    }

    /**
     * The codec JSON columns use.
     *
     * @throws TypeConversionException when there is none; the message says to add {@code tideorm-jackson} or to
     *                                 install a codec (a column's converter adds the column's name)
     */
    public static JsonCodec require() {
        return find().orElseThrow(() -> new TypeConversionException("no JsonCodec is installed: add "
                + "dev.tideorm:tideorm-jackson to the class path (found through ServiceLoader), or call "
                + "JsonCodecs.install(codec)"));
    }

    private static Optional<JsonCodec> discover() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        Optional<JsonCodec> found = context == null ? Optional.empty() : first(context);
        return found.isPresent() ? found : first(JsonCodec.class.getClassLoader());
    }

    private static Optional<JsonCodec> first(@Nullable ClassLoader loader) {
        Iterator<JsonCodec> it = ServiceLoader.load(JsonCodec.class, loader).iterator();
        try {
            return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
        } catch (ServiceConfigurationError e) {
            throw new TypeConversionException("the JsonCodec registered for ServiceLoader could not be loaded: "
                    + e.getMessage(), null, null, e);
        }
    }
}
