package dev.tideorm.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.json.Json;
import dev.tideorm.core.model.ActiveEnum;
import org.junit.jupiter.api.Test;

/** Converters round-trip, and their errors never quote the stored value. */
class ValueConverterTest {
    enum Size { SMALL, LARGE }

    enum Status implements ActiveEnum<Integer> {
        ACTIVE(1), BANNED(2);

        private final int v;

        Status(int v) {
            this.v = v;
        }

        @Override
        public Integer dbValue() {
            return v;
        }
    }

    @Test
    void enumsRoundTrip() {
        ValueConverter<Size, String> byName = ValueConverter.enumByName(Size.class);
        assertThat(byName.fromDb(byName.toDb(Size.LARGE))).isEqualTo(Size.LARGE);
        ValueConverter<Status, Integer> active = ValueConverter.activeEnum(Status.class, Integer.class);
        assertThat(active.toDb(Status.BANNED)).isEqualTo(2);
        assertThat(active.fromDb(2)).isEqualTo(Status.BANNED);
    }

    @Test
    void anUnknownStoredEnumValueIsNotQuoted() {
        assertThatThrownBy(() -> ValueConverter.enumByName(Size.class).fromDb("secret-size"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no Size constant has the stored name");
        assertThatThrownBy(() -> ValueConverter.activeEnum(Status.class, Integer.class).fromDb(424242))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no Status constant has the stored value");
    }

    @Test
    void jsonOfTheWrongKindNamesTheKindNotTheValue() {
        Json stored = ValueConverter.json().fromDb("{\"token\": \"secret-token\"}");
        assertThatThrownBy(stored::asString).hasMessage("not a JSON string but an object");
        assertThatThrownBy(() -> stored.get("token").asNumber()).hasMessage("not a JSON number but a string");
        assertThatThrownBy(() -> ValueConverter.json().fromDb("{\"a\": secret}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid JSON at offset 6: unexpected character");
    }
}
