package dev.tideorm.core.sql.render;

import static dev.tideorm.core.sql.render.RenderFixtures.col;
import static dev.tideorm.core.sql.render.RenderFixtures.items;
import static dev.tideorm.core.sql.render.RenderFixtures.val;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.Join;
import dev.tideorm.core.sql.OrderBy;
import dev.tideorm.core.sql.SelectItem;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.TableRef;
import dev.tideorm.core.sql.Value;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SelectRenderTest {
    private static final String DIALECTS = "dev.tideorm.core.sql.render.RenderFixtures#dialects";

    private static SelectStatement cakes() {
        return SelectStatement.from(TableRef.of("cake"), items(col("cake", "id"), col("cake", "name")));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void selectWithWhereAndLimitBindsTheLimit(Dialect dialect) {
        SelectStatement select = cakes().where(col("cake", "name").eq(val("Cheese"))).limit(10L);
        Statement st = dialect.render(select);
        assertThat(st.sql())
                .isEqualTo("SELECT \"cake\".\"id\", \"cake\".\"name\" FROM \"cake\" WHERE \"cake\".\"name\" = $1 LIMIT $2");
        assertThat(st.binds()).containsExactly(Value.of("Cheese"), Value.of(10L));
        assertThat(st.binds().get(1).type()).isEqualTo(Long.class);
        assertThat(st.generatedColumns()).isEmpty();
        assertThat(dialect.inline(select)).isEqualTo(
                "SELECT \"cake\".\"id\", \"cake\".\"name\" FROM \"cake\" WHERE \"cake\".\"name\" = 'Cheese' LIMIT 10");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void limitAndOffsetAreBoundInOrder(Dialect dialect) {
        Statement st = dialect.render(cakes().orderBy(OrderBy.asc(col("cake", "id"))).limit(5L).offset(20L));
        assertThat(st.sql()).isEqualTo("SELECT \"cake\".\"id\", \"cake\".\"name\" FROM \"cake\""
                + " ORDER BY \"cake\".\"id\" ASC LIMIT $1 OFFSET $2");
        assertThat(st.binds()).containsExactly(Value.of(5L), Value.of(20L));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void offsetWithoutLimit(Dialect dialect) {
        Statement st = dialect.render(cakes().offset(3L));
        assertThat(st.sql()).isEqualTo("SELECT \"cake\".\"id\", \"cake\".\"name\" FROM \"cake\" OFFSET $1");
        assertThat(st.binds()).containsExactly(Value.of(3L));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void distinctWithAliasedItems(Dialect dialect) {
        SelectStatement select = SelectStatement.from(TableRef.of("cake"), List.of(
                new SelectItem(col("cake", "id"), "A_id"), new SelectItem(col("cake", "name"), "A_name")))
                .withDistinct(true);
        assertThat(dialect.render(select).sql()).isEqualTo(
                "SELECT DISTINCT \"cake\".\"id\" AS \"A_id\", \"cake\".\"name\" AS \"A_name\" FROM \"cake\"");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void innerAndLeftJoinsWithAliases(Dialect dialect) {
        SelectStatement select = SelectStatement.from(TableRef.of("profile"),
                        items(col("profile", "id"), col("u", "name"), col("p", "title")))
                .join(new Join(Join.Kind.INNER, TableRef.of("user").as("u"),
                        col("u", "id").eq(col("profile", "user_id"))))
                .join(new Join(Join.Kind.LEFT, TableRef.of("post").as("p"), col("p", "user_id").eq(col("u", "id"))))
                .where(col("u", "id").eq(val(1L)));
        Statement st = dialect.render(select);
        assertThat(st.sql()).isEqualTo("SELECT \"profile\".\"id\", \"u\".\"name\", \"p\".\"title\" FROM \"profile\""
                + " INNER JOIN \"user\" AS \"u\" ON \"u\".\"id\" = \"profile\".\"user_id\""
                + " LEFT JOIN \"post\" AS \"p\" ON \"p\".\"user_id\" = \"u\".\"id\""
                + " WHERE \"u\".\"id\" = $1");
        assertThat(st.binds()).containsExactly(Value.of(1L));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void groupByHavingWithAggregates(Dialect dialect) {
        Expr count = Expr.countStar();
        SelectStatement select = SelectStatement.from(TableRef.of("fruit"), List.of(
                        SelectItem.of(col("fruit", "cake_id")),
                        new SelectItem(count, "n"),
                        SelectItem.of(new Expr.Func("COUNT", List.of(col("fruit", "name")), true)),
                        SelectItem.of(Expr.func("MAX", col("fruit", "id")))))
                .groupBy(col("fruit", "cake_id"))
                .having(new Expr.Binary(count, Expr.BinaryOp.GT, val(1L)));
        Statement st = dialect.render(select);
        assertThat(st.sql()).isEqualTo("SELECT \"fruit\".\"cake_id\", COUNT(*) AS \"n\", COUNT(DISTINCT \"fruit\".\"name\"),"
                + " MAX(\"fruit\".\"id\") FROM \"fruit\" GROUP BY \"fruit\".\"cake_id\" HAVING COUNT(*) > $1");
        assertThat(st.binds()).containsExactly(Value.of(1L));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void orderByDirectionsAndNulls(Dialect dialect) {
        SelectStatement select = cakes().withOrderBy(List.of(
                OrderBy.asc(col("cake", "name")),
                OrderBy.desc(col("cake", "id")),
                new OrderBy(col("cake", "price"), true, OrderBy.Nulls.FIRST),
                new OrderBy(col("cake", "price"), false, OrderBy.Nulls.LAST)));
        assertThat(dialect.render(select).sql()).isEqualTo("SELECT \"cake\".\"id\", \"cake\".\"name\" FROM \"cake\""
                + " ORDER BY \"cake\".\"name\" ASC, \"cake\".\"id\" DESC, \"cake\".\"price\" ASC NULLS FIRST,"
                + " \"cake\".\"price\" DESC NULLS LAST");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void subQueryBindsAreNumberedAcrossTheWholeStatement(Dialect dialect) {
        SelectStatement fruitsNamed = SelectStatement.from(TableRef.of("fruit"), items(col("fruit", "cake_id")))
                .where(col("fruit", "name").eq(val("Apple")));
        SelectStatement maxId = SelectStatement.from(TableRef.of("fruit").as("f"),
                items(Expr.func("MAX", col("f", "id")))).where(col("f", "cake_id").eq(col("cake", "id")));
        SelectStatement select = SelectStatement.from(TableRef.of("cake"), List.of(
                        SelectItem.of(col("cake", "id")), new SelectItem(new Expr.SubQuery(maxId), "max_fruit")))
                .where(new Expr.In(col("cake", "id"), List.of(new Expr.SubQuery(fruitsNamed)), false))
                .where(col("cake", "name").eq(val("Cheese")))
                .limit(3L);
        Statement st = dialect.render(select);
        assertThat(st.sql()).isEqualTo("SELECT \"cake\".\"id\", (SELECT MAX(\"f\".\"id\") FROM \"fruit\" AS \"f\""
                + " WHERE \"f\".\"cake_id\" = \"cake\".\"id\") AS \"max_fruit\" FROM \"cake\""
                + " WHERE \"cake\".\"id\" IN (SELECT \"fruit\".\"cake_id\" FROM \"fruit\" WHERE \"fruit\".\"name\" = $1)"
                + " AND \"cake\".\"name\" = $2 LIMIT $3");
        assertThat(st.binds()).containsExactly(Value.of("Apple"), Value.of("Cheese"), Value.of(3L));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void existsAndNotExists(Dialect dialect) {
        SelectStatement fruits = SelectStatement.from(TableRef.of("fruit"), items(col("fruit", "id")))
                .where(col("fruit", "cake_id").eq(col("cake", "id"))).limit(1L);
        SelectStatement select = cakes()
                .where(new Expr.Exists(fruits, false))
                .where(new Expr.Exists(fruits, true));
        Statement st = dialect.render(select);
        String sub = "SELECT \"fruit\".\"id\" FROM \"fruit\" WHERE \"fruit\".\"cake_id\" = \"cake\".\"id\" LIMIT ";
        assertThat(st.sql()).isEqualTo("SELECT \"cake\".\"id\", \"cake\".\"name\" FROM \"cake\""
                + " WHERE EXISTS (" + sub + "$1) AND NOT EXISTS (" + sub + "$2)");
        assertThat(st.binds()).containsExactly(Value.of(1L), Value.of(1L));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void schemaQualifiedAliasedTableAndStar(Dialect dialect) {
        SelectStatement select = SelectStatement.from(new TableRef("sys", "app_user", "u"),
                items(new Expr.Star("u")));
        assertThat(dialect.render(select).sql()).isEqualTo("SELECT \"u\".* FROM \"sys\".\"app_user\" AS \"u\"");
        SelectStatement all = SelectStatement.from(TableRef.of("sys", "app_user"), List.of());
        assertThat(dialect.render(all).sql()).isEqualTo("SELECT * FROM \"sys\".\"app_user\"");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void identifiersDoubleEmbeddedQuotes(Dialect dialect) {
        SelectStatement select = SelectStatement.from(TableRef.of("we\"ird"), items(col("we\"ird", "a\"b")));
        assertThat(dialect.render(select).sql()).isEqualTo("SELECT \"we\"\"ird\".\"a\"\"b\" FROM \"we\"\"ird\"");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void selectWithoutFrom(Dialect dialect) {
        SelectStatement select = new SelectStatement(false, items(new Expr.Keyword("1")), null, List.of(), null,
                List.of(), null, List.of(), null, null);
        assertThat(dialect.render(select).sql()).isEqualTo("SELECT 1");
    }
}
