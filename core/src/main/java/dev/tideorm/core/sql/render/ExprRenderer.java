package dev.tideorm.core.sql.render;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.SqlType;
import dev.tideorm.core.sql.TableRef;
import dev.tideorm.core.sql.Value;
import java.util.List;
import java.util.Objects;

/**
 * The expression half of {@link SqlRenderer}: one {@code protected} method per {@link Expr} node
 * kind with ANSI defaults, plus identifiers and values. Parentheses follow operator precedence
 * ({@link #precedence(Expr)}): an operand is wrapped only when it binds more loosely than its
 * parent, except that a nested AND/OR of the other kind and the operand of NOT are always wrapped,
 * for readability: {@code "a" = $1 AND ("b" = $2 OR "c" = $3)}.
 *
 * <p>Only {@link SqlRenderer} extends this class; dialects extend {@link SqlRenderer}.
 */
public abstract class ExprRenderer {
    /** Precedence of raw SQL: always parenthesised inside an operator. */
    protected static final int PREC_RAW = 0;
    /** Precedence of OR. */
    protected static final int PREC_OR = 1;
    /** Precedence of AND. */
    protected static final int PREC_AND = 2;
    /** Precedence of NOT. */
    protected static final int PREC_NOT = 3;
    /** Precedence of comparisons, LIKE, IN, BETWEEN, IS NULL and EXISTS. */
    protected static final int PREC_CMP = 4;
    /** Precedence of {@code +} and {@code -}. */
    protected static final int PREC_ADD = 5;
    /** Precedence of {@code *} and {@code /}. */
    protected static final int PREC_MUL = 6;
    /** Precedence of columns, values, calls, tuples and sub-queries. */
    protected static final int PREC_ATOM = 9;

    private final Dialect dialect;

    /** Package-private: {@link SqlRenderer} is the only subclass. */
    ExprRenderer(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** The dialect this renderer writes for. */
    public final Dialect dialect() {
        return dialect;
    }

    /** Writes a whole SELECT (used for sub-queries). */
    protected abstract void select(SqlWriter out, SelectStatement select);

    // ---- identifiers ----

    /** A quoted identifier: {@code "name"}. */
    protected final void identifier(SqlWriter out, String name) {
        out.append(dialect.quote(name));
    }

    /** {@code "a", "b"}. */
    protected final void identifiers(SqlWriter out, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            out.append(i > 0 ? ", " : "");
            identifier(out, names.get(i));
        }
    }

    /** {@code "qualifier"."name"}. */
    protected final void qualified(SqlWriter out, String qualifier, String name) {
        identifier(out, qualifier);
        out.append('.');
        identifier(out, name);
    }

    /** {@code "schema"."table"}, without the alias. */
    protected void tableName(SqlWriter out, TableRef table) {
        String schema = table.schema();
        if (schema != null) {
            identifier(out, schema);
            out.append('.');
        }
        identifier(out, table.name());
    }

    /** {@code "schema"."table" AS "alias"}. */
    protected void tableRef(SqlWriter out, TableRef table) {
        tableName(out, table);
        String alias = table.alias();
        if (alias != null) {
            out.append(" AS ");
            identifier(out, alias);
        }
    }

    // ---- dispatch and precedence ----

    /** Writes any expression, dispatching to the method for its node kind. */
    protected void expr(SqlWriter out, Expr e) {
        if (e instanceof Expr.Column c) {
            column(out, c);
        } else if (e instanceof Expr.Param p) {
            value(out, p.value());
        } else if (e instanceof Expr.Binary b) {
            binary(out, b);
        } else if (e instanceof Expr.Unary u) {
            not(out, u);
        } else if (e instanceof Expr.Logical l) {
            logical(out, l);
        } else if (e instanceof Expr.In in) {
            in(out, in);
        } else if (e instanceof Expr.Between b) {
            between(out, b);
        } else if (e instanceof Expr.IsNull n) {
            isNull(out, n);
        } else if (e instanceof Expr.AnyOf a) {
            anyOf(out, a);
        } else if (e instanceof Expr.Func f) {
            func(out, f);
        } else if (e instanceof Expr.Tuple t) {
            tuple(out, t);
        } else if (e instanceof Expr.SubQuery s) {
            subQuery(out, s);
        } else if (e instanceof Expr.Exists x) {
            exists(out, x);
        } else if (e instanceof Expr.Raw r) {
            raw(out, r);
        } else if (e instanceof Expr.Star s) {
            star(out, s);
        } else if (e instanceof Expr.Default) {
            defaultKeyword(out);
        } else {
            keyword(out, (Expr.Keyword) e);
        }
    }

    /** How tightly a node binds; see the {@code PREC_*} constants. */
    protected int precedence(Expr e) {
        if (e instanceof Expr.Logical l) {
            List<Expr> ops = l.operands();
            return ops.isEmpty() ? PREC_CMP : ops.size() == 1 ? precedence(ops.get(0)) : l.and() ? PREC_AND : PREC_OR;
        }
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case ADD, SUB -> PREC_ADD;
                case MUL, DIV -> PREC_MUL;
                default -> PREC_CMP;
            };
        }
        if (e instanceof Expr.Unary) {
            return PREC_NOT;
        }
        if (e instanceof Expr.In || e instanceof Expr.Between || e instanceof Expr.IsNull || e instanceof Expr.Exists
                || e instanceof Expr.AnyOf) {
            return PREC_CMP;
        }
        return e instanceof Expr.Raw ? PREC_RAW : PREC_ATOM;
    }

    /** Writes {@code e}, in parentheses when it binds more loosely than {@code minPrecedence}. */
    protected final void operand(SqlWriter out, Expr e, int minPrecedence) {
        if (precedence(e) < minPrecedence) {
            parenthesised(out, e);
        } else {
            expr(out, e);
        }
    }

    /** {@code (e)}. */
    protected final void parenthesised(SqlWriter out, Expr e) {
        out.append('(');
        expr(out, e);
        out.append(')');
    }

    /** Comma-separated expressions. */
    protected final void exprList(SqlWriter out, List<Expr> exprs) {
        for (int i = 0; i < exprs.size(); i++) {
            out.append(i > 0 ? ", " : "");
            expr(out, exprs.get(i));
        }
    }

    // ---- nodes ----

    /** {@code "table"."name"} or {@code "name"}. */
    protected void column(SqlWriter out, Expr.Column column) {
        String table = column.table();
        if (table != null) {
            qualified(out, table, column.name());
        } else {
            identifier(out, column.name());
        }
    }

    /** {@code left op right}, e.g. {@code "a" = $1} or {@code "a" - ("b" - $1)}. */
    protected void binary(SqlWriter out, Expr.Binary binary) {
        int prec = precedence(binary);
        operand(out, binary.left(), prec == PREC_CMP ? PREC_CMP + 1 : prec);
        out.append(' ').append(binary.op().sql()).append(' ');
        operand(out, binary.right(), prec + 1);
    }

    /** {@code NOT (operand)}. */
    protected void not(SqlWriter out, Expr.Unary not) {
        out.append("NOT ");
        parenthesised(out, not.operand());
    }

    /** {@code a AND b AND (c OR d)}; an empty AND is {@link #alwaysTrue}, an empty OR {@link #alwaysFalse}. */
    protected void logical(SqlWriter out, Expr.Logical logical) {
        List<Expr> ops = logical.operands();
        if (ops.isEmpty()) {
            if (logical.and()) {
                alwaysTrue(out);
            } else {
                alwaysFalse(out);
            }
            return;
        }
        int prec = logical.and() ? PREC_AND : PREC_OR;
        for (int i = 0; i < ops.size(); i++) {
            out.append(i == 0 ? "" : logical.and() ? " AND " : " OR ");
            Expr op = unwrap(ops.get(i));
            if (op instanceof Expr.Logical inner && inner.and() != logical.and() && inner.operands().size() > 1) {
                parenthesised(out, op);
            } else {
                operand(out, op, prec);
            }
        }
    }

    private static Expr unwrap(Expr e) {
        Expr cur = e;
        while (cur instanceof Expr.Logical l && l.operands().size() == 1) {
            cur = l.operands().get(0);
        }
        return cur;
    }

    /** A condition that always holds, valid wherever a condition is: {@code 1 = 1}. */
    protected void alwaysTrue(SqlWriter out) {
        out.append("1 = 1");
    }

    /** A condition that never holds: {@code 1 = 0}. */
    protected void alwaysFalse(SqlWriter out) {
        out.append("1 = 0");
    }

    /**
     * {@code x [NOT] IN ($1, $2)}, {@code (a, b) IN (($1, $2), ($3, $4))} or {@code x IN (SELECT ...)}.
     * An empty list is {@link #alwaysFalse} ({@link #alwaysTrue} when negated).
     */
    protected void in(SqlWriter out, Expr.In in) {
        if (in.values().isEmpty()) {
            if (in.negated()) {
                alwaysTrue(out);
            } else {
                alwaysFalse(out);
            }
            return;
        }
        operand(out, in.left(), PREC_CMP + 1);
        out.append(in.negated() ? " NOT IN " : " IN ");
        if (in.values().size() == 1 && in.values().get(0) instanceof Expr.SubQuery sub) {
            subQuery(out, sub);
            return;
        }
        out.append('(');
        exprList(out, in.values());
        out.append(')');
    }

    /** {@code x [NOT] BETWEEN low AND high}. */
    protected void between(SqlWriter out, Expr.Between between) {
        operand(out, between.operand(), PREC_CMP + 1);
        out.append(between.negated() ? " NOT BETWEEN " : " BETWEEN ");
        operand(out, between.low(), PREC_CMP + 1);
        out.append(" AND ");
        operand(out, between.high(), PREC_CMP + 1);
    }

    /** {@code x IS [NOT] NULL}. */
    protected void isNull(SqlWriter out, Expr.IsNull isNull) {
        operand(out, isNull.operand(), PREC_CMP + 1);
        out.append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
    }

    /** {@code left = ANY($n)}; inlined as {@code left = ANY(ARRAY[1, 2])}. */
    protected void anyOf(SqlWriter out, Expr.AnyOf anyOf) {
        operand(out, anyOf.left(), PREC_CMP + 1);
        out.append(" = ANY(");
        plainValue(out, anyOf.array());
        out.append(')');
    }

    /** {@code NAME(args)} or {@code NAME(DISTINCT args)}; the name is written as given. */
    protected void func(SqlWriter out, Expr.Func func) {
        out.append(func.name()).append('(');
        if (func.distinct()) {
            out.append("DISTINCT ");
        }
        exprList(out, func.args());
        out.append(')');
    }

    /** {@code (a, b)}. */
    protected void tuple(SqlWriter out, Expr.Tuple tuple) {
        out.append('(');
        exprList(out, tuple.items());
        out.append(')');
    }

    /** {@code (SELECT ...)}; its binds are numbered on from the enclosing statement's. */
    protected void subQuery(SqlWriter out, Expr.SubQuery sub) {
        out.append('(');
        select(out, sub.select());
        out.append(')');
    }

    /** {@code [NOT] EXISTS (SELECT ...)}. */
    protected void exists(SqlWriter out, Expr.Exists exists) {
        out.append(exists.negated() ? "NOT EXISTS (" : "EXISTS (");
        select(out, exists.select());
        out.append(')');
    }

    /** {@code *} or {@code "table".*}. */
    protected void star(SqlWriter out, Expr.Star star) {
        String table = star.table();
        if (table != null) {
            identifier(out, table);
            out.append('.');
        }
        out.append('*');
    }

    /** {@code DEFAULT}, in an INSERT row. */
    protected void defaultKeyword(SqlWriter out) {
        out.append("DEFAULT");
    }

    /** The keyword's SQL as given: {@code TRUE}, {@code CURRENT_TIMESTAMP}. */
    protected void keyword(SqlWriter out, Expr.Keyword keyword) {
        out.append(keyword.sql());
    }

    /**
     * The raw SQL with each {@code ?} outside quotes replaced by the next value's bind marker (or
     * literal when inlining). Values are written as plain markers, with no JSON cast.
     *
     * @throws IllegalArgumentException when the number of {@code ?} differs from the number of values
     */
    protected void raw(SqlWriter out, Expr.Raw raw) {
        List<String> parts = RawSql.split(raw.sql());
        List<Value> values = raw.values();
        if (parts.size() - 1 != values.size()) {
            throw new IllegalArgumentException(
                    "raw SQL has " + (parts.size() - 1) + " ? for " + values.size() + " values: " + raw.sql());
        }
        for (int i = 0; i < values.size(); i++) {
            out.append(parts.get(i));
            plainValue(out, values.get(i));
        }
        out.append(parts.get(values.size()));
    }

    // ---- values ----

    /** A value: {@link #jsonValue} for {@link SqlType#JSON}, else {@link #plainValue}. */
    protected void value(SqlWriter out, Value value) {
        if (value.sqlType() == SqlType.JSON) {
            jsonValue(out, value);
        } else {
            plainValue(out, value);
        }
    }

    /** A JSON value bound as text: ANSI {@code CAST($1 AS JSON)}. */
    protected void jsonValue(SqlWriter out, Value value) {
        out.append("CAST(");
        plainValue(out, value);
        out.append(" AS JSON)");
    }

    /** The bind marker of the value, or its {@link #literal} when the writer inlines. */
    protected final void plainValue(SqlWriter out, Value value) {
        if (out.isInlining()) {
            literal(out, value);
        } else {
            out.bind(value);
        }
    }

    /**
     * A value as an SQL literal (inline mode only): {@code NULL}, {@code 'it''s'}, {@code 42},
     * {@code 1.50} (BigDecimal plain), {@code TRUE}; byte arrays via {@link #binaryLiteral}; UUIDs
     * and java.time values via {@link #typedLiteral} with their ISO-8601 text.
     */
    protected void literal(SqlWriter out, Value value) {
        LiteralWriter.write(this, out, value);
    }

    /**
     * A string literal that reads back as exactly {@code text}. The ANSI default quotes it and doubles embedded
     * quotes ({@code 'O''Brien'}), which suffices where backslashes are ordinary characters; a dialect whose
     * strings may treat backslashes as escapes overrides this.
     */
    protected void stringLiteral(SqlWriter out, String text) {
        out.append('\'').append(text.replace("'", "''")).append('\'');
    }

    /** A binary literal, ANSI {@code X'0a0b'}. */
    protected void binaryLiteral(SqlWriter out, byte[] bytes) {
        out.append("X'").append(LiteralWriter.hex(bytes)).append('\'');
    }

    /**
     * A literal of a type written as text, such as {@code DATE} or {@code UUID}. The ANSI default is
     * the plain quoted text ({@code '2024-01-02'}), which the database coerces where it is used.
     *
     * @param typeName the SQL type ({@code DATE}, {@code TIME}, {@code TIMESTAMP},
     *                 {@code TIMESTAMP WITH TIME ZONE}, {@code UUID}) for dialects that prefix it
     * @param text     the ISO-8601 (or UUID) text
     */
    protected void typedLiteral(SqlWriter out, String typeName, String text) {
        stringLiteral(out, text);
    }
}
