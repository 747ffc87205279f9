package dev.tideorm.core.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialectsTest {

    @Test
    void postgresCapabilities() {
        Dialect pg = Dialects.POSTGRES;
        assertThat(pg.name()).isEqualTo("PostgreSQL");
        assertThat(pg.supportsReturning()).isTrue();
        assertThat(pg.maxBindParameters()).isEqualTo(65_535);
        assertThat(pg.bindMarker(1)).isEqualTo("$1");
        assertThat(pg.bindMarker(12)).isEqualTo("$12");
    }

    @Test
    void h2Capabilities() {
        Dialect h2 = Dialects.H2;
        assertThat(h2.name()).isEqualTo("H2");
        assertThat(h2.supportsReturning()).isFalse();
        assertThat(h2.maxBindParameters()).isEqualTo(100_000);
        assertThat(h2.bindMarker(3)).isEqualTo("$3");
    }

    @Test
    void identifiersAreAlwaysQuotedWithEmbeddedQuotesDoubled() {
        for (Dialect d : Dialects.all()) {
            assertThat(d.quote("user")).isEqualTo("\"user\"");
            assertThat(d.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        }
    }

    @Test
    void bindMarkersAreOneBased() {
        assertThatThrownBy(() -> Dialects.POSTGRES.bindMarker(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allListsPostgresThenH2() {
        assertThat(Dialects.all()).containsExactly(Dialects.POSTGRES, Dialects.H2);
        assertThat(Dialects.H2).hasToString("H2");
    }
}
