package dev.tideorm.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the quickstart end to end on each backend and checks what it did, in its output and in the database. */
class QuickstartTest {

    @DbTest
    void quickstartRunsTheWholeTour(TestDb db) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Quickstart.Summary summary = Quickstart.run(db.options(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(summary.tablesCreated()).isEqualTo(8);
        assertThat(summary.users()).isEqualTo(1);
        assertThat(summary.posts()).isEqualTo(2);
        assertThat(summary.renamedTo()).isEqualTo("Robert");
        // schema sync names the unique column's constraint alike on both backends, and the violation names it
        assertThat(out).contains("UniqueViolationException on user / idx-user-email");
        assertThat(out).contains("SQL> UPDATE \"user\" SET \"name\" = $1 WHERE \"user\".\"id\" = $2");
        assertThat(out).contains("-> page 1 (size 2) holds 1 post(s): Sunny again");

        assertThat(db.countRows("user")).isEqualTo(1);
        assertThat(db.countRows("post")).isEqualTo(2);
        assertThat(db.rows("SELECT \"name\" FROM \"user\"")).singleElement()
                .satisfies(r -> assertThat(r.values()).containsExactly("Robert"));
    }
}
