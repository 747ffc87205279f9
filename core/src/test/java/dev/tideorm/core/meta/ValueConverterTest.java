package dev.tideorm.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.json.JsonText;
import dev.tideorm.core.model.ActiveEnum;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Converters round-trip, and their errors never quote the stored value. JSON codecs: {@code JsonCodecsTest}. */
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
    void jsonTextIsStoredAsItsText() {
        ValueConverter<JsonText, String> json = ValueConverter.jsonText();
        assertThat(json.dbType()).isEqualTo(String.class);
        assertThat(json.toDb(JsonText.of("{\"a\": [1, 2]}"))).isEqualTo("{\"a\": [1, 2]}");
        assertThat(json.fromDb("[true]")).isEqualTo(JsonText.of("[true]"));
    }

    record Money(BigDecimal amount, String currency) {
    }

    /** Stores money as "12.50 EUR"; maps "-" to no stored value, to check that null is passed through. */
    static final class MoneyText implements ColumnConverter<Money, String> {
        @Override
        public String toDb(Money m) {
            return m.currency().equals("-") ? null : m.amount().toPlainString() + " " + m.currency();
        }

        @Override
        public Money fromDb(String s) {
            String[] parts = s.split(" ");
            return new Money(new BigDecimal(parts[0]), parts[1]);
        }
    }

    /** A moment stored as a point in time; composed with {@code instant()}. */
    static final class Deadline implements ColumnConverter<LocalDate, Instant> {
        @Override
        public Instant toDb(LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        @Override
        public LocalDate fromDb(Instant i) {
            return LocalDate.ofInstant(i, ZoneOffset.UTC);
        }
    }

    @Test
    void aColumnConverterToADriverTypeRoundTrips() {
        ValueConverter<Money, String> money = ValueConverter.of(new MoneyText(), String.class);
        assertThat(money.dbType()).isEqualTo(String.class);
        assertThat(money.toDb(new Money(new BigDecimal("12.50"), "EUR"))).isEqualTo("12.50 EUR");
        assertThat(money.fromDb("3 USD")).isEqualTo(new Money(new BigDecimal("3"), "USD"));
    }

    @Test
    void aColumnConverterComposesWithTheConverterOfItsStoredType() {
        ValueConverter<LocalDate, OffsetDateTime> due = ValueConverter.of(new Deadline(), ValueConverter.instant());
        assertThat(due.dbType()).isEqualTo(OffsetDateTime.class);
        OffsetDateTime stored = due.toDb(LocalDate.of(2024, 2, 29));
        assertThat(stored).isEqualTo(OffsetDateTime.of(2024, 2, 29, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(due.fromDb(stored)).isEqualTo(LocalDate.of(2024, 2, 29));
        ValueConverter<Money, String> viaIdentity = ValueConverter.of(new MoneyText(),
                ValueConverter.identity(String.class));
        assertThat(viaIdentity.toDb(new Money(BigDecimal.ONE, "-"))).isNull();
    }
}
