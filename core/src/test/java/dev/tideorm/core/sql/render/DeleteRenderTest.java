package dev.tideorm.core.sql.render;

import static dev.tideorm.core.sql.render.RenderFixtures.col;
import static dev.tideorm.core.sql.render.RenderFixtures.val;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.dialect.Dialects;
import dev.tideorm.core.sql.DeleteStatement;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.TableRef;
import dev.tideorm.core.sql.Value;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeleteRenderTest {
    private static final String DIALECTS = "dev.tideorm.core.sql.render.RenderFixtures#dialects";

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void deleteByPrimaryKey(Dialect dialect) {
        DeleteStatement delete = new DeleteStatement(TableRef.of("fruit"), col("fruit", "id").eq(val(3)), List.of());
        Statement st = dialect.render(delete);
        assertThat(st.sql()).isEqualTo("DELETE FROM \"fruit\" WHERE \"fruit\".\"id\" = $1");
        assertThat(st.binds()).containsExactly(Value.of(3));
        assertThat(st.generatedColumns()).isEmpty();
        assertThat(dialect.inline(delete)).isEqualTo("DELETE FROM \"fruit\" WHERE \"fruit\".\"id\" = 3");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void deleteAllRows(Dialect dialect) {
        Statement st = dialect.render(new DeleteStatement(TableRef.of("fruit"), null, List.of()));
        assertThat(st.sql()).isEqualTo("DELETE FROM \"fruit\"");
        assertThat(st.binds()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void deleteByCompositeKeysFromAliasedSchemaTable(Dialect dialect) {
        Expr keys = new Expr.In(new Expr.Tuple(List.of(col("pt", "post_id"), col("pt", "tag_id"))), List.of(
                new Expr.Tuple(List.of(val(1), val(2))), new Expr.Tuple(List.of(val(3), val(4)))), false);
        Statement st = dialect.render(new DeleteStatement(new TableRef("blog", "post_tag", "pt"), keys, List.of()));
        assertThat(st.sql()).isEqualTo("DELETE FROM \"blog\".\"post_tag\" AS \"pt\""
                + " WHERE (\"pt\".\"post_id\", \"pt\".\"tag_id\") IN (($1, $2), ($3, $4))");
        assertThat(st.binds()).containsExactly(Value.of(1), Value.of(2), Value.of(3), Value.of(4));
    }

    static Stream<Arguments> deleteWithReturning() {
        return Stream.of(
                arguments(Dialects.POSTGRES, "DELETE FROM \"fruit\" WHERE \"fruit\".\"id\" = $1 RETURNING \"id\"",
                        List.of("id")),
                arguments(Dialects.H2, "DELETE FROM \"fruit\" WHERE \"fruit\".\"id\" = $1", List.of()));
    }

    @ParameterizedTest
    @MethodSource
    void deleteWithReturning(Dialect dialect, String sql, List<String> generated) {
        Statement st = dialect.render(
                new DeleteStatement(TableRef.of("fruit"), col("fruit", "id").eq(val(3)), List.of("id")));
        assertThat(st.sql()).isEqualTo(sql);
        assertThat(st.generatedColumns()).isEqualTo(generated);
    }
}
