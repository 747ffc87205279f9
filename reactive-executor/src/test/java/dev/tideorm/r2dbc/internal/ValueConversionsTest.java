package dev.tideorm.r2dbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueConversionsTest {

    @Test
    void integersWidenAndNarrowExactly() {
        assertThat(ValueConversions.convert(7, Long.class)).isEqualTo(7L);
        assertThat(ValueConversions.convert(7L, int.class)).isEqualTo(7);
        assertThat(ValueConversions.convert((short) 7, BigDecimal.class)).isEqualTo(new BigDecimal(7));
        assertThat(ValueConversions.convert(new BigDecimal("12.00"), Long.class)).isEqualTo(12L);
        assertThat(ValueConversions.convert(new BigInteger("12"), Integer.class)).isEqualTo(12);
        assertThatThrownBy(() -> ValueConversions.convert(3_000_000_000L, Integer.class))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> ValueConversions.convert(new BigDecimal("1.5"), Long.class))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> ValueConversions.convert(70_000, Short.class)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> ValueConversions.convert(2.0d, Long.class)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void floatingPointOnlyWhereExact() {
        assertThat(ValueConversions.convert(1.5f, Double.class)).isEqualTo(1.5d);
        assertThat(ValueConversions.convert(3, Double.class)).isEqualTo(3.0d);
        assertThat(ValueConversions.convert(0.5d, Float.class)).isEqualTo(0.5f);
        assertThatThrownBy(() -> ValueConversions.convert(0.1d, Float.class)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> ValueConversions.convert(Long.MAX_VALUE, Double.class))
                .isInstanceOf(ArithmeticException.class);
        assertThat(ValueConversions.convert(2.5d, BigDecimal.class)).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void buffersTimesAndUuids() {
        assertThat((byte[]) ValueConversions.convert(ByteBuffer.wrap(new byte[]{1, 2}), byte[].class))
                .containsExactly(1, 2);
        OffsetDateTime t = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2));
        assertThat(ValueConversions.convert(t, Instant.class)).isEqualTo(t.toInstant());
        assertThat(ValueConversions.convert(t.toInstant(), OffsetDateTime.class))
                .isEqualTo(t.toInstant().atOffset(ZoneOffset.UTC));
        UUID id = UUID.randomUUID();
        assertThat(ValueConversions.convert(id.toString(), UUID.class)).isEqualTo(id);
        assertThat(ValueConversions.convert("x", Character.class)).isEqualTo('x');
    }

    @Test
    void nothingElseConverts() {
        assertThat(ValueConversions.convert("12", Integer.class)).isSameAs(ValueConversions.NONE);
        assertThat(ValueConversions.convert(12, String.class)).isSameAs(ValueConversions.NONE);
        assertThat(ValueConversions.convert(true, Integer.class)).isSameAs(ValueConversions.NONE);
        assertThat(ValueConversions.convert(OffsetDateTime.now(), java.time.LocalDateTime.class))
                .isSameAs(ValueConversions.NONE);
    }
}
