package dev.tideorm.core.sql.render;

import static dev.tideorm.core.sql.render.RenderFixtures.col;
import static dev.tideorm.core.sql.render.RenderFixtures.val;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.dialect.Dialects;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.TableRef;
import dev.tideorm.core.sql.UpdateStatement;
import dev.tideorm.core.sql.UpdateStatement.Assignment;
import dev.tideorm.core.sql.Value;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UpdateRenderTest {
    private static final String DIALECTS = "dev.tideorm.core.sql.render.RenderFixtures#dialects";

    private static UpdateStatement setCakeIdOfFruitOne() {
        return new UpdateStatement(TableRef.of("fruit"), List.of(new Assignment("cake_id", val(2))),
                col("fruit", "id").eq(val(1)), List.of());
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void updateOneInlined(Dialect dialect) {
        assertThat(dialect.inline(setCakeIdOfFruitOne()))
                .isEqualTo("UPDATE \"fruit\" SET \"cake_id\" = 2 WHERE \"fruit\".\"id\" = 1");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void updateOneBindsSetValuesBeforeWhereValues(Dialect dialect) {
        Statement st = dialect.render(setCakeIdOfFruitOne());
        assertThat(st.sql()).isEqualTo("UPDATE \"fruit\" SET \"cake_id\" = $1 WHERE \"fruit\".\"id\" = $2");
        assertThat(st.binds()).containsExactly(Value.of(2), Value.of(1));
        assertThat(st.generatedColumns()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void updateSeveralColumnsWithExpressionsAndNoWhere(Dialect dialect) {
        UpdateStatement update = new UpdateStatement(TableRef.of("cake"), List.of(
                new Assignment("name", val("x")),
                new Assignment("stock", new Expr.Binary(col("cake", "stock"), Expr.BinaryOp.ADD, val(1L))),
                new Assignment("price", new Expr.Keyword("NULL"))), null, List.of());
        Statement st = dialect.render(update);
        assertThat(st.sql())
                .isEqualTo("UPDATE \"cake\" SET \"name\" = $1, \"stock\" = \"cake\".\"stock\" + $2, \"price\" = NULL");
        assertThat(st.binds()).containsExactly(Value.of("x"), Value.of(1L));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void updateAliasedSchemaTable(Dialect dialect) {
        UpdateStatement update = new UpdateStatement(new TableRef("sys", "app_user", "u"),
                List.of(new Assignment("name", val("n"))), col("u", "id").eq(val(7L)), List.of());
        assertThat(dialect.render(update).sql())
                .isEqualTo("UPDATE \"sys\".\"app_user\" AS \"u\" SET \"name\" = $1 WHERE \"u\".\"id\" = $2");
    }

    static Stream<Arguments> updateWithReturning() {
        return Stream.of(
                arguments(Dialects.POSTGRES, "UPDATE \"fruit\" SET \"name\" = $1 WHERE \"fruit\".\"id\" = $2"
                        + " RETURNING \"id\", \"name\", \"cake_id\"", List.of("id", "name", "cake_id")),
                arguments(Dialects.H2, "UPDATE \"fruit\" SET \"name\" = $1 WHERE \"fruit\".\"id\" = $2", List.of()));
    }

    @ParameterizedTest
    @MethodSource
    void updateWithReturning(Dialect dialect, String sql, List<String> generated) {
        UpdateStatement update = new UpdateStatement(TableRef.of("fruit"), List.of(new Assignment("name", val("a"))),
                col("fruit", "id").eq(val(1)), List.of("id", "name", "cake_id"));
        Statement st = dialect.render(update);
        assertThat(st.sql()).isEqualTo(sql);
        assertThat(st.binds()).containsExactly(Value.of("a"), Value.of(1));
        assertThat(st.generatedColumns()).isEqualTo(generated);
    }
}
