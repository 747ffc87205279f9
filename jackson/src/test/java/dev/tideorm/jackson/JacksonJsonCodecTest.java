package dev.tideorm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.json.JsonCodecs;
import dev.tideorm.core.json.TypeRef;
import dev.tideorm.core.meta.ValueConverter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The codec on its own: found by ServiceLoader, types kept, the application's mapper honoured. */
class JacksonJsonCodecTest {
    record Point(int x, int y) {
    }

    record Shape(String name, List<Point> points, Instant at) {
    }

    @AfterEach
    void forgetCodecs() {
        JsonCodecs.reset();
    }

    @Test
    void serviceLoaderFindsTheCodecWithoutSetup() {
        JsonCodecs.reset();
        assertThat(JsonCodecs.find()).get().isInstanceOf(JacksonJsonCodec.class);
    }

    @Test
    void recordsRoundTripWithNestedListsAndInstants() {
        JacksonJsonCodec codec = new JacksonJsonCodec();
        Shape shape = new Shape("tri", List.of(new Point(0, 0), new Point(1, 2)), Instant.parse("2024-05-06T07:08:09Z"));
        String json = codec.encode(shape, Shape.class);
        assertThat(json).isEqualTo("{\"name\":\"tri\",\"points\":[{\"x\":0,\"y\":0},{\"x\":1,\"y\":2}],"
                + "\"at\":\"2024-05-06T07:08:09Z\"}");
        assertThat(codec.decode(json, Shape.class)).isEqualTo(shape);
    }

    @Test
    void genericTypesKeepTheirElementTypes() {
        JsonCodecs.install(new JacksonJsonCodec());
        ValueConverter<List<Point>, String> points = ValueConverter.json(new TypeRef<List<Point>>() { });
        assertThat(points.fromDb("[{\"x\": 3, \"y\": 4}]")).containsExactly(new Point(3, 4));
        ValueConverter<Map<String, Object>, String> map = ValueConverter.json(new TypeRef<Map<String, Object>>() { });
        assertThat(map.fromDb("{\"n\": 1, \"list\": [true, null], \"o\": {\"d\": 1.5}}"))
                .containsExactly(Map.entry("n", 1), Map.entry("list", java.util.Arrays.asList(true, null)),
                        Map.entry("o", Map.of("d", 1.5)));
        assertThat(map.fromDb("null")).isNull();
    }

    @Test
    void theApplicationsMapperIsUsedOnceInstalled() {
        JsonMapper snake = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
        JacksonJsonCodec codec = JacksonJsonCodec.install(snake);
        assertThat(codec.mapper()).isSameAs(snake);
        assertThat(JsonCodecs.require()).isSameAs(codec);
        ValueConverter<Shape, String> shapes = ValueConverter.json(Shape.class);
        record Named(String fullName) {
        }
        assertThat(ValueConverter.json(Named.class).toDb(new Named("Ada"))).isEqualTo("{\"full_name\":\"Ada\"}");
        assertThat(shapes.fromDb("{\"name\": \"p\", \"points\": [], \"at\": \"2024-01-01T00:00:00Z\"}").name())
                .isEqualTo("p");
    }

    @Test
    void jsonThatDoesNotFitTheTypeFailsWithJacksonsException() {
        JacksonJsonCodec codec = new JacksonJsonCodec();
        assertThatThrownBy(() -> codec.decode("[1, 2]", Point.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> codec.decode("{\"x\": ", Point.class)).isInstanceOf(JacksonException.class);
    }
}
