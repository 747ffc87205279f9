package dev.tideorm.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The error for a known driver that is not on the class path names the artifacts to add. */
class MissingDriverExceptionTest {

    @Test
    void namesTheArtifactsOfTheKnownDrivers() {
        MissingDriverException pg = MissingDriverException.forDriver("r2dbc:postgresql://h/db", "postgresql");
        assertThat(pg).isNotNull().isInstanceOf(IllegalArgumentException.class);
        assertThat(pg.driver()).isEqualTo("PostgreSQL");
        assertThat(pg.artifacts()).isEqualTo("org.postgresql:r2dbc-postgresql");
        assertThat(pg.getMessage()).isEqualTo("cannot use R2DBC URL 'r2dbc:postgresql://h/db': the PostgreSQL driver "
                + "is not on the class path; add org.postgresql:r2dbc-postgresql to your build (TideORM's drivers "
                + "are optional dependencies)");

        MissingDriverException h2 = MissingDriverException.forDriver("r2dbc:h2:mem:///x", "H2");
        assertThat(h2).isNotNull();
        assertThat(h2.artifacts()).isEqualTo("io.r2dbc:r2dbc-h2 and com.h2database:h2");
    }

    @Test
    void anUnknownDriverIsNoneOfItsBusiness() {
        assertThat(MissingDriverException.forDriver("r2dbc:mariadb://h/db", "mariadb")).isNull();
        assertThat(MissingDriverException.forDriver("r2dbc:x", null)).isNull();
    }
}
