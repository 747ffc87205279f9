package dev.tideorm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void parsesAndNavigatesATree() {
        Json doc = Json.parse(" {\"tags\": [\"a\", \"b\"], \"n\": -1.5e2, \"ok\": true, \"none\": null} ");
        assertThat(doc.get("tags").get(1).asString()).isEqualTo("b");
        assertThat(doc.get("n").asNumber()).isEqualByComparingTo("-150");
        assertThat(doc.get("ok").asBoolean()).isTrue();
        assertThat(doc.get("none").isNull()).isTrue();
        assertThat(doc.get("missing").isNull()).isTrue();
    }

    @Test
    void writesCompactTextThatParsesBackToTheSameTree() {
        Map<String, Json> m = new LinkedHashMap<>();
        m.put("s", Json.string("quote \" backslash \\ newline \n tab \t \u0001"));
        m.put("a", Json.array(Json.number(1), Json.bool(false), Json.nullValue()));
        Json doc = Json.object(m);
        String text = doc.toString();
        assertThat(text).isEqualTo("{\"s\":\"quote \\\" backslash \\\\ newline \\n tab \\t \\u0001\","
                + "\"a\":[1,false,null]}");
        assertThat(Json.parse(text)).isEqualTo(doc);
    }

    @Test
    void numbersCompareByValue() {
        assertThat(Json.parse("1.0")).isEqualTo(Json.parse("1"));
        assertThat(Json.parse("{\"b\":1,\"a\":2}")).isEqualTo(Json.parse("{\"a\":2,\"b\":1}"));
    }

    @Test
    void unicodeEscapesAreDecoded() {
        assertThat(Json.parse("\"\\u00e9\\/\"").asString()).isEqualTo("é/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\" 1}", "01", "tru", "\"abc", "1 2", "{\"a\":1,}", "-", "1."})
    void rejectsMalformedTextWithAnOffset(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid JSON at offset");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\u+041\"", "\"\\u-041\"", "\"\\u 041\"", "\"\\u004\"",
        "\"\\u\uff10\uff10\uff14\uff11\""})
    void unicodeEscapesTakeExactlyFourHexDigits(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid JSON at offset");
    }

    @Test
    void aNumberBeyondBigDecimalsRangeIsMalformedTextWithAnOffset() {
        assertThatThrownBy(() -> Json.parse("[1e99999999999]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid JSON at offset 1: number out of range");
    }

    @Test
    void anObjectMemberCannotBeJavaNull() {
        Map<String, Json> m = new LinkedHashMap<>();
        m.put("a", null);
        assertThatThrownBy(() -> Json.object(m)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("member a is null");
    }

    @Test
    void rejectsAbsurdNesting() {
        assertThatThrownBy(() -> Json.parse("[".repeat(10_000))).hasMessageContaining("nesting deeper");
    }
}
