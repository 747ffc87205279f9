package dev.tideorm.r2dbc.it.entity;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Convert;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.json.JsonText;
import dev.tideorm.core.meta.ColumnConverter;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Test entity for JSON and converted columns without any JsonCodec on the class path: JSON text, a user converter,
 * and a record stored as JSON, which needs a codec this module does not have.
 */
@Entity(table = "ledger")
public record Ledger(
        @PrimaryKey Long id,
        @Nullable JsonText memo,
        @Convert(Ledger.MoneyText.class) @Column(length = 32) Money total,
        @Column(json = true) @Nullable Terms terms) {

    /** Stored as text through {@link MoneyText}. */
    public record Money(BigDecimal amount, String currency) {
    }

    /** Stored as JSON through the codec. */
    public record Terms(int days, List<String> notes) {
    }

    /** Money as "12.50 EUR". */
    public static final class MoneyText implements ColumnConverter<Money, String> {
        @Override
        public String toDb(Money m) {
            return m.amount().toPlainString() + " " + m.currency();
        }

        @Override
        public Money fromDb(String s) {
            int space = s.indexOf(' ');
            return new Money(new BigDecimal(s.substring(0, space)), s.substring(space + 1));
        }
    }
}
