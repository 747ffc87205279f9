package dev.tideorm.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.r2dbc.StatementEvent.Kind;
import org.junit.jupiter.api.Test;

class StatementEventTest {

    @Test
    void kindComesFromTheLeadingKeyword() {
        assertThat(Kind.of("SELECT 1")).isEqualTo(Kind.SELECT);
        assertThat(Kind.of("  -- note\n /* c */ (select 1)")).isEqualTo(Kind.SELECT);
        assertThat(Kind.of("WITH x AS (SELECT 1) SELECT * FROM x")).isEqualTo(Kind.SELECT);
        assertThat(Kind.of("insert into t values (1)")).isEqualTo(Kind.INSERT);
        assertThat(Kind.of("UPDATE t SET a = 1")).isEqualTo(Kind.UPDATE);
        assertThat(Kind.of("DELETE FROM t")).isEqualTo(Kind.DELETE);
        assertThat(Kind.of("MERGE INTO t USING ...")).isEqualTo(Kind.MERGE);
        assertThat(Kind.of("CREATE TABLE t (a INT)")).isEqualTo(Kind.DDL);
        assertThat(Kind.of("SET search_path TO x")).isEqualTo(Kind.OTHER);
        assertThat(Kind.of("")).isEqualTo(Kind.OTHER);
        assertThat(Kind.COMMIT.isTransactionControl()).isTrue();
        assertThat(Kind.DDL.isTransactionControl()).isFalse();
    }
}
