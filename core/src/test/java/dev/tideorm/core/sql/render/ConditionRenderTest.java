package dev.tideorm.core.sql.render;

import static dev.tideorm.core.sql.render.RenderFixtures.col;
import static dev.tideorm.core.sql.render.RenderFixtures.selectWhere;
import static dev.tideorm.core.sql.render.RenderFixtures.val;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.Expr.BinaryOp;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionRenderTest {
    private static final String DIALECTS = "dev.tideorm.core.sql.render.RenderFixtures#dialects";
    private static final String PREFIX = "SELECT \"t\".\"id\" FROM \"t\" WHERE ";

    private static Expr a() {
        return col("t", "a").eq(val(1));
    }

    private static Expr b() {
        return col("t", "b").eq(val(2));
    }

    private static Expr c() {
        return col("t", "c").eq(val(3));
    }

    /** The WHERE clause of the bound rendering. */
    private static String where(Dialect dialect, Expr condition) {
        String sql = dialect.render(selectWhere(condition)).sql();
        assertThat(sql).startsWith(PREFIX);
        return sql.substring(PREFIX.length());
    }

    private static String inlineWhere(Dialect dialect, Expr condition) {
        return dialect.inline(selectWhere(condition)).substring(PREFIX.length());
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void orInsideAndIsParenthesised(Dialect dialect) {
        Statement st = dialect.render(selectWhere(a().and(b().or(c()))));
        assertThat(st.sql()).isEqualTo(PREFIX + "\"t\".\"a\" = $1 AND (\"t\".\"b\" = $2 OR \"t\".\"c\" = $3)");
        assertThat(st.binds()).containsExactly(Value.of(1), Value.of(2), Value.of(3));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void andInsideOrIsParenthesised(Dialect dialect) {
        assertThat(where(dialect, a().and(b()).or(c())))
                .isEqualTo("(\"t\".\"a\" = $1 AND \"t\".\"b\" = $2) OR \"t\".\"c\" = $3");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void nestedLogicalsOfTheSameKindAreFlat(Dialect dialect) {
        assertThat(where(dialect, a().and(b()).and(c())))
                .isEqualTo("\"t\".\"a\" = $1 AND \"t\".\"b\" = $2 AND \"t\".\"c\" = $3");
        assertThat(where(dialect, a().or(b().or(c()))))
                .isEqualTo("\"t\".\"a\" = $1 OR \"t\".\"b\" = $2 OR \"t\".\"c\" = $3");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void singleOperandLogicalIsItsOperand(Dialect dialect) {
        Expr orOfOne = new Expr.Logical(false, List.of(new Expr.Logical(true, List.of(b(), c()))));
        assertThat(where(dialect, a().or(orOfOne)))
                .isEqualTo("\"t\".\"a\" = $1 OR (\"t\".\"b\" = $2 AND \"t\".\"c\" = $3)");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void notIsAlwaysParenthesised(Dialect dialect) {
        assertThat(where(dialect, a().not())).isEqualTo("NOT (\"t\".\"a\" = $1)");
        assertThat(where(dialect, a().or(b()).not().and(c())))
                .isEqualTo("NOT (\"t\".\"a\" = $1 OR \"t\".\"b\" = $2) AND \"t\".\"c\" = $3");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void emptyAndIsTrueAndEmptyOrIsFalse(Dialect dialect) {
        assertThat(where(dialect, new Expr.Logical(true, List.of()))).isEqualTo("1 = 1");
        assertThat(where(dialect, new Expr.Logical(false, List.of()))).isEqualTo("1 = 0");
        assertThat(where(dialect, a().and(new Expr.Logical(false, List.of())))).isEqualTo("\"t\".\"a\" = $1 AND 1 = 0");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void inList(Dialect dialect) {
        Statement st = dialect.render(selectWhere(new Expr.In(col("t", "a"), List.of(val(1), val(2)), false)));
        assertThat(st.sql()).isEqualTo(PREFIX + "\"t\".\"a\" IN ($1, $2)");
        assertThat(st.binds()).containsExactly(Value.of(1), Value.of(2));
        assertThat(where(dialect, new Expr.In(col("t", "a"), List.of(val(1)), true))).isEqualTo("\"t\".\"a\" NOT IN ($1)");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void emptyInIsFalseAndEmptyNotInIsTrue(Dialect dialect) {
        Statement st = dialect.render(selectWhere(new Expr.In(col("t", "a"), List.of(), false)));
        assertThat(st.sql()).isEqualTo(PREFIX + "1 = 0");
        assertThat(st.binds()).isEmpty();
        assertThat(where(dialect, new Expr.In(col("t", "a"), List.of(), true))).isEqualTo("1 = 1");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void tupleIn(Dialect dialect) {
        Expr keys = new Expr.Tuple(List.of(col("post_tag", "post_id"), col("post_tag", "tag_id")));
        Expr in = new Expr.In(keys, List.of(new Expr.Tuple(List.of(val(1), val(2))),
                new Expr.Tuple(List.of(val(1), val(3)))), false);
        Statement st = dialect.render(selectWhere(in));
        assertThat(st.sql()).isEqualTo(PREFIX + "(\"post_tag\".\"post_id\", \"post_tag\".\"tag_id\") IN (($1, $2), ($3, $4))");
        assertThat(st.binds()).containsExactly(Value.of(1), Value.of(2), Value.of(1), Value.of(3));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void betweenAndNotBetween(Dialect dialect) {
        assertThat(where(dialect, new Expr.Between(col("t", "a"), val(1), val(9), false)))
                .isEqualTo("\"t\".\"a\" BETWEEN $1 AND $2");
        assertThat(where(dialect, new Expr.Between(col("t", "a"), val(1), val(9), true)))
                .isEqualTo("\"t\".\"a\" NOT BETWEEN $1 AND $2");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void isNullAndIsNotNull(Dialect dialect) {
        assertThat(where(dialect, new Expr.IsNull(col("t", "a"), false))).isEqualTo("\"t\".\"a\" IS NULL");
        assertThat(where(dialect, new Expr.IsNull(col("t", "a"), true))).isEqualTo("\"t\".\"a\" IS NOT NULL");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void likeAndComparisons(Dialect dialect) {
        Expr cond = Expr.and(List.of(
                new Expr.Binary(col("t", "name"), BinaryOp.LIKE, val("%choc%")),
                new Expr.Binary(col("t", "name"), BinaryOp.NOT_LIKE, val("a%")),
                new Expr.Binary(col("t", "a"), BinaryOp.NE, val(1)),
                new Expr.Binary(col("t", "a"), BinaryOp.GE, val(2))));
        assertThat(where(dialect, cond)).isEqualTo("\"t\".\"name\" LIKE $1 AND \"t\".\"name\" NOT LIKE $2"
                + " AND \"t\".\"a\" <> $3 AND \"t\".\"a\" >= $4");
        assertThat(inlineWhere(dialect, cond)).isEqualTo("\"t\".\"name\" LIKE '%choc%' AND \"t\".\"name\" NOT LIKE 'a%'"
                + " AND \"t\".\"a\" <> 1 AND \"t\".\"a\" >= 2");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void arithmeticFollowsPrecedence(Dialect dialect) {
        Expr x = col("t", "x");
        Expr y = col("t", "y");
        Expr sumTimesY = new Expr.Binary(new Expr.Binary(x, BinaryOp.ADD, val(1)), BinaryOp.MUL, y);
        Expr xPlusOneTimesY = new Expr.Binary(x, BinaryOp.ADD, new Expr.Binary(val(1), BinaryOp.MUL, y));
        Expr xMinusYMinusOne = new Expr.Binary(x, BinaryOp.SUB, new Expr.Binary(y, BinaryOp.SUB, val(1)));
        assertThat(where(dialect, new Expr.Binary(sumTimesY, BinaryOp.GT, val(0))))
                .isEqualTo("(\"t\".\"x\" + $1) * \"t\".\"y\" > $2");
        assertThat(where(dialect, new Expr.Binary(xPlusOneTimesY, BinaryOp.LT, y)))
                .isEqualTo("\"t\".\"x\" + $1 * \"t\".\"y\" < \"t\".\"y\"");
        assertThat(where(dialect, xMinusYMinusOne.eq(val(0))))
                .isEqualTo("\"t\".\"x\" - (\"t\".\"y\" - $1) = $2");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void comparisonOfAComparisonIsParenthesised(Dialect dialect) {
        assertThat(where(dialect, a().eq(new Expr.Keyword("TRUE")))).isEqualTo("(\"t\".\"a\" = $1) = TRUE");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void rawSqlTurnsEachQuestionMarkIntoTheNextMarker(Dialect dialect) {
        Expr raw = Expr.raw("lower(\"t\".\"name\") = ? OR \"t\".\"code\" = '?' OR \"t\".\"n\" > ?",
                Value.of("abc"), Value.of(5));
        Statement st = dialect.render(selectWhere(a().and(raw)));
        assertThat(st.sql()).isEqualTo(PREFIX
                + "\"t\".\"a\" = $1 AND (lower(\"t\".\"name\") = $2 OR \"t\".\"code\" = '?' OR \"t\".\"n\" > $3)");
        assertThat(st.binds()).containsExactly(Value.of(1), Value.of("abc"), Value.of(5));
        assertThat(inlineWhere(dialect, raw))
                .isEqualTo("lower(\"t\".\"name\") = 'abc' OR \"t\".\"code\" = '?' OR \"t\".\"n\" > 5");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void rawSqlMustHaveOneQuestionMarkPerValue(Dialect dialect) {
        assertThatThrownBy(() -> dialect.render(selectWhere(Expr.raw("a = ? AND b = ?", Value.of(1)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dialect.render(selectWhere(Expr.raw("a = ?", Value.of(1), Value.of(2)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
