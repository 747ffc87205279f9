package dev.tideorm.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TooManyParametersExceptionTest {

    @Test
    void messageNamesTheCountsAndTheSqlButNoBoundValue() {
        List<Value> binds = new ArrayList<>();
        StringBuilder markers = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            binds.add(Value.of("secret-" + i));
            markers.append(i == 1 ? "" : ", ").append('$').append(i);
        }
        Statement statement = Statement.raw("SELECT * FROM \"cake\" WHERE \"name\" IN (" + markers + ")", binds);

        TooManyParametersException e = new TooManyParametersException(
                "statement has 70000 bind parameters, the driver allows at most 65535", statement, 70_000, 65_535);

        assertThat(e).isInstanceOf(QueryException.class)
                .hasMessage("statement has 70000 bind parameters, the driver allows at most 65535"
                        + " [SQL: SELECT * FROM \"cake\" WHERE \"name\" IN ($1, $2, $3)]")
                .hasMessageNotContaining("secret")
                .hasNoCause();
        assertThat(e.parameters()).isEqualTo(70_000);
        assertThat(e.limit()).isEqualTo(65_535);
        assertThat(e.statement()).isSameAs(statement);
        assertThat(e.sqlState()).isNull();
        assertThat(e.isTransient()).isFalse();
    }

    @Test
    void requiresTheStatement() {
        assertThatNullPointerException().isThrownBy(() -> new TooManyParametersException("m", null, 2, 1));
    }
}
