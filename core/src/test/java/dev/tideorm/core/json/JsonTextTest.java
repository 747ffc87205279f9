package dev.tideorm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void keepsTheTextAsGiven() {
        JsonText doc = JsonText.of(" {\"tags\": [\"a\", \"b\"]} ");
        assertThat(doc.text()).isEqualTo(" {\"tags\": [\"a\", \"b\"]} ");
        assertThat(doc).hasToString(" {\"tags\": [\"a\", \"b\"]} ");
    }

    @Test
    void equalityIsOnTheTextNotTheDocument() {
        assertThat(JsonText.of("{\"a\":1}")).isEqualTo(new JsonText("{\"a\":1}"))
                .hasSameHashCodeAs(JsonText.of("{\"a\":1}"))
                .isNotEqualTo(JsonText.of("{ \"a\": 1 }"));
    }

    @Test
    void blankTextIsRefusedAndOtherTextIsLeftToTheDatabase() {
        assertThatThrownBy(() -> JsonText.of(" \n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("JSON text is blank");
        assertThatThrownBy(() -> JsonText.of(null)).isInstanceOf(NullPointerException.class);
        assertThat(JsonText.of("not json").text()).isEqualTo("not json");
    }
}
