package dev.tideorm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.conn.RowReader;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.ValueConverter;
import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.SqlType;
import dev.tideorm.core.sql.Value;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How JSON columns find their codec, and what they say when there is none (core's tests have no provider). */
class JsonCodecsTest {
    record Settings(String theme) {
    }

    record Account(Settings settings) {
    }

    /** A codec for lists of strings written as "[a,b]" and settings as "{theme}", recording the types asked for. */
    public static final class ListedCodec implements JsonCodec {
        final List<Type> types = new ArrayList<>();

        @Override
        public String encode(Object value, Type type) {
            types.add(type);
            return value instanceof Settings s ? "{" + s.theme() + "}" : "[" + String.join(",", asStrings(value)) + "]";
        }

        @Override
        public @Nullable Object decode(String json, Type type) {
            types.add(type);
            String inner = json.substring(1, json.length() - 1);
            if (json.equals("null")) {
                return null;
            }
            return json.startsWith("{") ? new Settings(inner) : Arrays.asList(inner.split(","));
        }

        @SuppressWarnings("unchecked")
        private static List<String> asStrings(Object value) {
            return (List<String>) value;
        }
    }

    private static final Column<Account, Settings> SETTINGS = Column.<Account, Settings>spec("account", "settings",
                    "settings", Settings.class)
            .type(ColumnType.of(SqlType.JSON))
            .getter(Account::settings)
            .converter(ValueConverter.json(Settings.class))
            .build();

    @AfterEach
    void forgetCodecs() {
        JsonCodecs.reset();
    }

    @Test
    void withoutACodecAJsonColumnFailsNamingTheColumnAndWhatToAdd() {
        assertThat(JsonCodecs.find()).isEmpty();
        assertThatThrownBy(() -> SETTINGS.toValue(new Settings("dark")))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("cannot convert a Settings for column account.settings: no JsonCodec is installed: add "
                        + "dev.tideorm:tideorm-jackson to the class path (found through ServiceLoader), or call "
                        + "JsonCodecs.install(codec)");
        assertThatThrownBy(() -> SETTINGS.read(row("{\"theme\": \"dark\"}"), 0))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("cannot read column account.settings as Settings: no JsonCodec is installed: "
                        + "add dev.tideorm:tideorm-jackson");
        assertThat(SETTINGS.toValue(null)).isEqualTo(Value.nullOf(String.class, SqlType.JSON));
    }

    @Test
    void anInstalledCodecGetsTheDeclaredTypeIncludingTypeArguments() {
        ListedCodec codec = new ListedCodec();
        JsonCodecs.install(codec);
        ValueConverter<List<String>, String> tags = ValueConverter.json(new TypeRef<List<String>>() { });
        assertThat(tags.toDb(List.of("a", "b"))).isEqualTo("[a,b]");
        assertThat(tags.fromDb("[c,d]")).containsExactly("c", "d");
        assertThat(SETTINGS.toValue(new Settings("dark")))
                .isEqualTo(new Value("{dark}", String.class, SqlType.JSON));
        assertThat(SETTINGS.read(row("{light}"), 0)).isEqualTo(new Settings("light"));
        assertThat(SETTINGS.read(row("null"), 0)).isNull();

        ParameterizedType listOfString = (ParameterizedType) codec.types.get(0);
        assertThat(listOfString.getRawType()).isEqualTo(List.class);
        assertThat(listOfString.getActualTypeArguments()).containsExactly(String.class);
        assertThat(codec.types.subList(2, 4)).containsOnly(Settings.class);
    }

    @Test
    void aDecodedValueOfTheWrongClassIsRefused() {
        JsonCodecs.install(new ListedCodec());
        assertThatThrownBy(() -> SETTINGS.read(row("[a]"), 0))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("cannot read column account.settings as Settings: the converter refused the stored value "
                        + "(IllegalStateException)")
                .cause().hasMessageContaining("the JsonCodec decoded a java.util.Arrays$ArrayList for "
                        + Settings.class.getName());
    }

    @Test
    void serviceLoaderFindsARegisteredCodecUnlessOneIsInstalled(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services/" + JsonCodec.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, ListedCodec.class.getName() + "\n", StandardCharsets.UTF_8);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            assertThat(JsonCodecs.find()).get().isInstanceOf(ListedCodec.class);
            JsonCodec mine = new ListedCodec();
            JsonCodecs.install(mine);
            assertThat(JsonCodecs.find()).containsSame(mine);
            assertThat(JsonCodecs.require()).isSameAs(mine);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void typeRefNeedsATypeArgument() {
        @SuppressWarnings("rawtypes")
        class Raw extends TypeRef {
        }
        assertThatThrownBy(Raw::new).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TypeRef needs a type argument");
        assertThat(new TypeRef<List<Settings>>() { }.rawType()).isEqualTo(List.class);
        assertThat(new TypeRef<List<Settings>[]>() { }.rawType()).isEqualTo(List[].class);
    }

    private static RowReader row(String text) {
        return new RowReader() {
            @Override
            public <T> @Nullable T get(int index, Class<T> type) {
                return type.cast(text);
            }

            @Override
            public <T> @Nullable T get(String name, Class<T> type) {
                return type.cast(text);
            }

            @Override
            public int size() {
                return 1;
            }
        };
    }
}
