package dev.tideorm.core.sql.render;

import static dev.tideorm.core.sql.render.RenderFixtures.nullInt;
import static dev.tideorm.core.sql.render.RenderFixtures.val;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.dialect.Dialects;
import dev.tideorm.core.error.UnsupportedByDialectException;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.InsertStatement;
import dev.tideorm.core.sql.OnConflict;
import dev.tideorm.core.sql.SqlType;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.TableRef;
import dev.tideorm.core.sql.Value;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InsertRenderTest {
    private static final String DIALECTS = "dev.tideorm.core.sql.render.RenderFixtures#dialects";

    private static InsertStatement insert(String table, List<String> columns, List<List<Expr>> rows) {
        return new InsertStatement(TableRef.of(table), columns, rows, null, List.of());
    }

    private static InsertStatement orangeFruit() {
        return insert("fruit", List.of("name", "cake_id"), List.of(List.of(val("Orange"), Expr.param(nullInt()))));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertOneInlinesTypedNullAsNull(Dialect dialect) {
        assertThat(dialect.inline(orangeFruit()))
                .isEqualTo("INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ('Orange', NULL)");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertOneBindsEveryValueIncludingTypedNull(Dialect dialect) {
        Statement st = dialect.render(orangeFruit());
        assertThat(st.sql()).isEqualTo("INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ($1, $2)");
        assertThat(st.binds()).containsExactly(Value.of("Orange"), nullInt());
        assertThat(st.binds().get(1).type()).isEqualTo(Integer.class);
        assertThat(st.generatedColumns()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertManyFillsGapsWithNull(Dialect dialect) {
        InsertStatement insert = insert("cake_filling", List.of("cake_id", "filling_id"), List.of(
                List.of(val(2), Expr.param(nullInt())),
                List.of(Expr.param(nullInt()), val(3))));
        assertThat(dialect.inline(insert))
                .isEqualTo("INSERT INTO \"cake_filling\" (\"cake_id\", \"filling_id\") VALUES (2, NULL), (NULL, 3)");
        Statement st = dialect.render(insert);
        assertThat(st.sql())
                .isEqualTo("INSERT INTO \"cake_filling\" (\"cake_id\", \"filling_id\") VALUES ($1, $2), ($3, $4)");
        assertThat(st.binds()).containsExactly(Value.of(2), nullInt(), nullInt(), Value.of(3));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertWithoutColumnsUsesDefaultValues(Dialect dialect) {
        InsertStatement insert = insert("t", List.of(), List.of(List.of()));
        assertThat(dialect.inline(insert)).isEqualTo("INSERT INTO \"t\" DEFAULT VALUES");
        Statement st = dialect.render(insert);
        assertThat(st.sql()).isEqualTo("INSERT INTO \"t\" DEFAULT VALUES");
        assertThat(st.binds()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertWritesDefaultKeywordAndSchemaButNotAlias(Dialect dialect) {
        InsertStatement insert = new InsertStatement(new TableRef("sys", "app_user", "u"), List.of("id", "name"),
                List.of(List.of(new Expr.Default(), val("x"))), null, List.of());
        Statement st = dialect.render(insert);
        assertThat(st.sql()).isEqualTo("INSERT INTO \"sys\".\"app_user\" (\"id\", \"name\") VALUES (DEFAULT, $1)");
        assertThat(st.binds()).containsExactly(Value.of("x"));
    }

    static Stream<Arguments> insertWithReturning() {
        return Stream.of(
                arguments(Dialects.POSTGRES, "INSERT INTO \"cake\" (\"name\") VALUES ($1) RETURNING \"id\", \"name\""),
                arguments(Dialects.H2, "INSERT INTO \"cake\" (\"name\") VALUES ($1)"));
    }

    @ParameterizedTest
    @MethodSource
    void insertWithReturning(Dialect dialect, String sql) {
        InsertStatement insert = insert("cake", List.of("name"), List.of(List.of(val("Cheese"))))
                .withReturning(List.of("id", "name"));
        Statement st = dialect.render(insert);
        assertThat(st.sql()).isEqualTo(sql);
        assertThat(st.binds()).containsExactly(Value.of("Cheese"));
        assertThat(st.generatedColumns()).containsExactly("id", "name");
        assertThat(dialect.supportsReturning()).isEqualTo(dialect == Dialects.POSTGRES);
    }

    static Stream<Arguments> onConflictDoNothing() {
        return Stream.of(
                arguments(Dialects.POSTGRES, "INSERT INTO \"post_tag\" (\"post_id\", \"tag_id\") VALUES ($1, $2), ($3, $4)"
                        + " ON CONFLICT (\"post_id\", \"tag_id\") DO NOTHING"),
                arguments(Dialects.H2, "MERGE INTO \"post_tag\" USING (VALUES ($1, $2), ($3, $4))"
                        + " AS \"excluded\" (\"post_id\", \"tag_id\")"
                        + " ON \"post_tag\".\"post_id\" = \"excluded\".\"post_id\""
                        + " AND \"post_tag\".\"tag_id\" = \"excluded\".\"tag_id\""
                        + " WHEN NOT MATCHED THEN INSERT (\"post_id\", \"tag_id\")"
                        + " VALUES (\"excluded\".\"post_id\", \"excluded\".\"tag_id\")"));
    }

    @ParameterizedTest
    @MethodSource
    void onConflictDoNothing(Dialect dialect, String sql) {
        InsertStatement insert = insert("post_tag", List.of("post_id", "tag_id"),
                List.of(List.of(val(1), val(2)), List.of(val(1), val(3))))
                .withOnConflict(OnConflict.doNothing(List.of("post_id", "tag_id")));
        Statement st = dialect.render(insert);
        assertThat(st.sql()).isEqualTo(sql);
        assertThat(st.binds()).containsExactly(Value.of(1), Value.of(2), Value.of(1), Value.of(3));
        assertThat(st.generatedColumns()).isEmpty();
    }

    static Stream<Arguments> onConflictDoUpdateWithReturning() {
        return Stream.of(
                arguments(Dialects.POSTGRES, "INSERT INTO \"cake\" (\"id\", \"name\") VALUES ($1, $2)"
                        + " ON CONFLICT (\"id\") DO UPDATE SET \"name\" = \"excluded\".\"name\""
                        + " RETURNING \"id\", \"name\""),
                arguments(Dialects.H2, "MERGE INTO \"cake\" USING (VALUES ($1, $2)) AS \"excluded\" (\"id\", \"name\")"
                        + " ON \"cake\".\"id\" = \"excluded\".\"id\""
                        + " WHEN MATCHED THEN UPDATE SET \"name\" = \"excluded\".\"name\""
                        + " WHEN NOT MATCHED THEN INSERT (\"id\", \"name\")"
                        + " VALUES (\"excluded\".\"id\", \"excluded\".\"name\")"));
    }

    @ParameterizedTest
    @MethodSource
    void onConflictDoUpdateWithReturning(Dialect dialect, String sql) {
        InsertStatement insert = insert("cake", List.of("id", "name"), List.of(List.of(val(1), val("Apple"))))
                .withOnConflict(OnConflict.doUpdate(List.of("id"), List.of("name")))
                .withReturning(List.of("id", "name"));
        Statement st = dialect.render(insert);
        assertThat(st.sql()).isEqualTo(sql);
        assertThat(st.binds()).containsExactly(Value.of(1), Value.of("Apple"));
        assertThat(st.generatedColumns()).containsExactly("id", "name");
    }

    @Test
    void h2MergeQualifiesTargetByAliasAndInlinesLiterals() {
        InsertStatement insert = new InsertStatement(new TableRef("sys", "user", "u"), List.of("email", "name"),
                List.of(List.of(val("a@x"), val("A"))), OnConflict.doUpdate(List.of("email"), List.of("name")),
                List.of());
        assertThat(Dialects.H2.inline(insert)).isEqualTo(
                "MERGE INTO \"sys\".\"user\" AS \"u\" USING (VALUES ('a@x', 'A')) AS \"excluded\" (\"email\", \"name\")"
                        + " ON \"u\".\"email\" = \"excluded\".\"email\""
                        + " WHEN MATCHED THEN UPDATE SET \"name\" = \"excluded\".\"name\""
                        + " WHEN NOT MATCHED THEN INSERT (\"email\", \"name\")"
                        + " VALUES (\"excluded\".\"email\", \"excluded\".\"name\")");
    }

    @Test
    void h2RejectsUpsertsItCannotExpressAsMerge() {
        InsertStatement base = insert("cake", List.of("id", "name"), List.of(List.of(new Expr.Default(), val("a"))));
        assertUnsupported(base.withOnConflict(OnConflict.doNothing(List.of("id"))), "DEFAULT in an ON CONFLICT row");
        InsertStatement plain = insert("cake", List.of("name"), List.of(List.of(val("a"))));
        assertUnsupported(plain.withOnConflict(OnConflict.doNothing(List.of("id"))),
                "ON CONFLICT on a column that is not inserted");
        assertUnsupported(plain.withOnConflict(OnConflict.doUpdate(List.of("name"), List.of("price"))),
                "ON CONFLICT DO UPDATE of a column that is not inserted");
        assertUnsupported(insert("cake", List.of(), List.of(List.of()))
                .withOnConflict(OnConflict.doNothing(List.of("id"))), "ON CONFLICT with DEFAULT VALUES");
    }

    private static void assertUnsupported(InsertStatement insert, String feature) {
        assertThatThrownBy(() -> Dialects.H2.render(insert))
                .isInstanceOfSatisfying(UnsupportedByDialectException.class, e -> {
                    assertThat(e.dialect()).isEqualTo("H2");
                    assertThat(e.feature()).isEqualTo(feature);
                });
    }

    @Test
    void postgresAcceptsConflictTargetThatIsNotInserted() {
        InsertStatement insert = insert("cake", List.of("name"), List.of(List.of(val("a"))))
                .withOnConflict(OnConflict.doNothing(List.of("id")));
        assertThat(Dialects.POSTGRES.render(insert).sql())
                .isEqualTo("INSERT INTO \"cake\" (\"name\") VALUES ($1) ON CONFLICT (\"id\") DO NOTHING");
    }

    static Stream<Arguments> jsonValueIsCastByTheDialect() {
        return Stream.of(
                arguments(Dialects.POSTGRES, "INSERT INTO \"doc\" (\"body\") VALUES (CAST($1 AS jsonb))",
                        "INSERT INTO \"doc\" (\"body\") VALUES (CAST('{\"a\": \"it''s\"}' AS jsonb))"),
                arguments(Dialects.H2, "INSERT INTO \"doc\" (\"body\") VALUES ($1 FORMAT JSON)",
                        "INSERT INTO \"doc\" (\"body\") VALUES ('{\"a\": \"it''s\"}' FORMAT JSON)"));
    }

    @ParameterizedTest
    @MethodSource
    void jsonValueIsCastByTheDialect(Dialect dialect, String bound, String inlined) {
        Value json = new Value("{\"a\": \"it's\"}", String.class, SqlType.JSON);
        InsertStatement insert = insert("doc", List.of("body"), List.of(List.of(Expr.param(json))));
        Statement st = dialect.render(insert);
        assertThat(st.sql()).isEqualTo(bound);
        assertThat(st.binds()).containsExactly(json);
        assertThat(dialect.inline(insert)).isEqualTo(inlined);
    }
}
