package dev.tideorm.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.opentest4j.TestAbortedException;
import reactor.test.StepVerifier;

/** The shared harness itself: naming, per-class isolation, the raw channel, and skipping. */
class HarnessIT {

    @DbTest
    void invocationsAreNamedAfterTheDatabase(TestDb db, TestInfo info) {
        assertThat(info.getDisplayName()).isEqualTo("[" + db.name() + "]");
        assertThat(db.name()).isIn("PostgreSQL", "H2");
    }

    @DbTest
    void eachClassWorksInItsOwnSchemaOrDatabase(TestDb db) {
        String sql = db.kind() == TestDb.Kind.POSTGRES ? "SELECT current_schema()" : "SELECT DATABASE()";
        String name = db.db().query(Statement.of(sql), row -> row.get(0, String.class)).blockFirst();
        assertThat(name.toLowerCase(Locale.ROOT)).startsWith("t_harnessit_");
        // The raw channel sees the same place.
        assertThat(db.rows(sql).get(0).values()).containsExactly(name);
    }

    @DbTest
    void theRawChannelAndTheRecorderAreIndependentOfEachOther(TestDb db) {
        db.exec("DROP TABLE IF EXISTS \"h\"", "CREATE TABLE \"h\" (\"v\" INTEGER)", "INSERT INTO \"h\" VALUES (1)");
        db.statements().clear();
        assertThat(db.countRows("h")).isEqualTo(1);
        assertThat(db.statements().events()).isEmpty();                 // raw SQL is not recorded

        db.db().execute(Statement.of("INSERT INTO \"h\" VALUES (2)")).as(StepVerifier::create)
                .expectNext(1L).verifyComplete();
        assertThat(db.statements().sql()).containsExactly("INSERT INTO \"h\" VALUES (2)");
        assertThat(db.countRows("\"h\"")).isEqualTo(2);
    }

    @Test
    void aMissingDatabaseSkipsOrFailsWhenRequired() {
        TestDb skipped = TestDb.unavailable(TestDb.Kind.POSTGRES, "PostgreSQL", "nothing on 127.0.0.1:5432", false);
        assertThatThrownBy(skipped::db).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("PostgreSQL not available, test skipped: nothing on 127.0.0.1:5432");
        TestDb required = TestDb.unavailable(TestDb.Kind.POSTGRES, "PostgreSQL", "nothing on 127.0.0.1:5432", true);
        assertThatThrownBy(required::db).isInstanceOf(AssertionError.class)
                .hasMessageContaining("TIDE_REQUIRE_PG=1");
        assertThat(skipped.toString()).isEqualTo("PostgreSQL");
    }
}
