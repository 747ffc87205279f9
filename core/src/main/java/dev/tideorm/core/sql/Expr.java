package dev.tideorm.core.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable SQL expression node. Conditions are expressions too. Dialect-free: a
 * {@code SqlRenderer} turns it into text.
 */
public sealed interface Expr permits Expr.Column, Expr.Param, Expr.Binary, Expr.Unary, Expr.Logical, Expr.In,
        Expr.Between, Expr.IsNull, Expr.AnyOf, Expr.Func, Expr.Tuple, Expr.SubQuery, Expr.Exists, Expr.Raw, Expr.Star,
        Expr.Default, Expr.Keyword {

    /** A column reference, optionally qualified by a table (or alias). */
    record Column(@Nullable String table, String name) implements Expr {
        public Column {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A bound parameter (inlined only in the log/test rendering). */
    record Param(Value value) implements Expr {
        public Param {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Binary operators. */
    enum BinaryOp {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), LIKE("LIKE"), NOT_LIKE("NOT LIKE"),
        ADD("+"), SUB("-"), MUL("*"), DIV("/");

        private final String sql;

        BinaryOp(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    record Binary(Expr left, BinaryOp op, Expr right) implements Expr {
    }

    /** {@code NOT expr}. */
    record Unary(Expr operand) implements Expr {
    }

    /** AND / OR over two or more operands. An empty AND is TRUE, an empty OR is FALSE. */
    record Logical(boolean and, List<Expr> operands) implements Expr {
        public Logical {
            operands = List.copyOf(operands);
        }
    }

    /** {@code expr [NOT] IN (values...)}; {@code left} may be a {@link Tuple}. */
    record In(Expr left, List<Expr> values, boolean negated) implements Expr {
        public In {
            values = List.copyOf(values);
        }
    }

    /** {@code expr [NOT] IN (subquery)} is expressed as {@link In} with a single {@link SubQuery} value. */
    record Between(Expr operand, Expr low, Expr high, boolean negated) implements Expr {
    }

    record IsNull(Expr operand, boolean negated) implements Expr {
    }

    /**
     * {@code left = ANY($n)}: whether {@code left} equals an element of an {@linkplain Value#array array}
     * parameter. One parameter whatever the number of elements, so the statement text (and its prepared plan)
     * is the same for every list; an empty array matches nothing.
     */
    record AnyOf(Expr left, Value array) implements Expr {
        public AnyOf {
            Objects.requireNonNull(left, "left");
            if (!array.isArray()) {
                throw new IllegalArgumentException("ANY needs an array value, got " + array.type().getName());
            }
        }
    }

    /** A function call such as {@code COUNT(*)}, {@code MAX("x")}, {@code LOWER("x")}. */
    record Func(String name, List<Expr> args, boolean distinct) implements Expr {
        public Func {
            args = List.copyOf(args);
        }
    }

    /** A row value {@code (a, b)}. */
    record Tuple(List<Expr> items) implements Expr {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    record SubQuery(SelectStatement select) implements Expr {
    }

    record Exists(SelectStatement select, boolean negated) implements Expr {
    }

    /** Raw SQL with {@code ?} placeholders replaced by the given values in order. The only escape hatch. */
    record Raw(String sql, List<Value> values) implements Expr {
        public Raw {
            values = List.copyOf(values);
        }
    }

    /** {@code *} or {@code "table".*}. */
    record Star(@Nullable String table) implements Expr {
    }

    /** The {@code DEFAULT} keyword in an INSERT row. */
    record Default() implements Expr {
    }

    /** A bare keyword or literal such as {@code TRUE}, {@code NULL}, {@code CURRENT_TIMESTAMP}. */
    record Keyword(String sql) implements Expr {
    }

    // ---- factories ----

    static Column col(@Nullable String table, String name) {
        return new Column(table, name);
    }

    static Param param(Value value) {
        return new Param(value);
    }

    /** A bound parameter whose SQL type is inferred from the Java class of the value. */
    static Param val(Object value) {
        return new Param(Value.of(value));
    }

    static Raw raw(String sql, Value... values) {
        return new Raw(sql, List.of(values));
    }

    static Func func(String name, Expr... args) {
        return new Func(name, List.of(args), false);
    }

    static Func countStar() {
        return new Func("COUNT", List.of(new Star(null)), false);
    }

    static Expr and(List<Expr> operands) {
        return operands.size() == 1 ? operands.get(0) : new Logical(true, operands);
    }

    static Expr or(List<Expr> operands) {
        return operands.size() == 1 ? operands.get(0) : new Logical(false, operands);
    }

    // ---- fluent combinators (usable on any boolean expression) ----

    default Expr and(Expr other) {
        return new Logical(true, List.of(this, other));
    }

    default Expr or(Expr other) {
        return new Logical(false, List.of(this, other));
    }

    default Expr not() {
        return new Unary(this);
    }

    default Expr eq(Expr other) {
        return new Binary(this, BinaryOp.EQ, other);
    }
}
