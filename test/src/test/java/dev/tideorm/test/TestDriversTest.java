package dev.tideorm.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Driver detection: this module's tests have both drivers; the messages name the artifacts to add. */
class TestDriversTest {

    @Test
    void bothDriversAreSeenHere() {
        assertThat(TestDrivers.present(TestDb.Kind.POSTGRES)).isTrue();
        assertThat(TestDrivers.present(TestDb.Kind.H2)).isTrue();
    }

    @Test
    void noDriverNamesWhatToAdd() {
        assertThat(TestDrivers.noneMessage(List.of(TestDb.Kind.POSTGRES, TestDb.Kind.H2))).isEqualTo(
                "@DbTest has no test database: no R2DBC driver of [POSTGRES, H2] is on the test class path. Add "
                        + "org.postgresql:r2dbc-postgresql, or io.r2dbc:r2dbc-h2 and com.h2database:h2 (test scope) "
                        + "next to dev.tideorm:tideorm-test");
    }
}
