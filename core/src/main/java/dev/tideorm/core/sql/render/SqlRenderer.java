package dev.tideorm.core.sql.render;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.error.UnsupportedByDialectException;
import dev.tideorm.core.sql.BatchUpdateStatement;
import dev.tideorm.core.sql.DeleteStatement;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.InsertStatement;
import dev.tideorm.core.sql.Join;
import dev.tideorm.core.sql.OnConflict;
import dev.tideorm.core.sql.OrderBy;
import dev.tideorm.core.sql.SelectItem;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.TableRef;
import dev.tideorm.core.sql.UpdateStatement;
import dev.tideorm.core.sql.Value;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders statement trees into SQL with ANSI defaults. There is one {@code protected} method per
 * statement clause and per {@link Expr} node kind, so a dialect's renderer overrides only what its
 * database does differently. Expressions are written by {@link ExprRenderer}, the superclass.
 *
 * <p>Identifiers always go through {@link Dialect#quote(String)}; values always go through
 * {@link #value(SqlWriter, Value)}, which binds them ({@link #render(SelectStatement)}) or, for logs
 * and tests only, inlines them as literals ({@link #inline(SelectStatement)}).
 *
 * <pre>{@code
 * Dialects.POSTGRES.render(select)   // SELECT "cake"."id", "cake"."name" FROM "cake" WHERE "cake"."name" = $1 LIMIT $2
 * }</pre>
 *
 * <p>Instances are stateless and thread-safe.
 */
public class SqlRenderer extends ExprRenderer {
    /**
     * The alias of the proposed row: PostgreSQL's {@code EXCLUDED} pseudo-table, and the name given
     * to the {@code USING} source of the MERGE that emulates an upsert.
     */
    protected static final String EXCLUDED = "excluded";

    /** A renderer for {@code dialect}, which supplies quoting, bind markers and capabilities. */
    public SqlRenderer(Dialect dialect) {
        super(dialect);
    }

    // ---- entry points ----

    /** A SELECT with every value bound. */
    public final Statement render(SelectStatement select) {
        SqlWriter out = boundWriter();
        select(out, Objects.requireNonNull(select, "select"));
        return out.toStatement(List.of());
    }

    /** An INSERT with every value bound; its RETURNING columns become {@link Statement#generatedColumns()}. */
    public final Statement render(InsertStatement insert) {
        SqlWriter out = boundWriter();
        insert(out, Objects.requireNonNull(insert, "insert"));
        return out.toStatement(insert.returning());
    }

    /**
     * An UPDATE with every value bound. Where the dialect has no RETURNING the clause is left out
     * and there are no generated columns: the caller re-selects the rows.
     */
    public final Statement render(UpdateStatement update) {
        SqlWriter out = boundWriter();
        update(out, Objects.requireNonNull(update, "update"));
        return out.toStatement(returnedColumns(update.returning()));
    }

    /** A DELETE with every value bound; RETURNING as for {@link #render(UpdateStatement)}. */
    public final Statement render(DeleteStatement delete) {
        SqlWriter out = boundWriter();
        delete(out, Objects.requireNonNull(delete, "delete"));
        return out.toStatement(returnedColumns(delete.returning()));
    }

    /** A batch UPDATE with every value bound; RETURNING where the dialect supports it. */
    public final Statement render(BatchUpdateStatement update) {
        SqlWriter out = boundWriter();
        batchUpdate(out, Objects.requireNonNull(update, "update"));
        return out.toStatement(returnedColumns(update.returning()));
    }

    /** The batch UPDATE with values inlined as literals. For logs and tests only. */
    public final String inline(BatchUpdateStatement update) {
        SqlWriter out = SqlWriter.inlining();
        batchUpdate(out, Objects.requireNonNull(update, "update"));
        return out.sql();
    }

    /** The SELECT with values inlined as literals. For logs and tests only; never execute it. */
    public final String inline(SelectStatement select) {
        SqlWriter out = SqlWriter.inlining();
        select(out, Objects.requireNonNull(select, "select"));
        return out.sql();
    }

    /** The INSERT with values inlined as literals. For logs and tests only. */
    public final String inline(InsertStatement insert) {
        SqlWriter out = SqlWriter.inlining();
        insert(out, Objects.requireNonNull(insert, "insert"));
        return out.sql();
    }

    /** The UPDATE with values inlined as literals. For logs and tests only. */
    public final String inline(UpdateStatement update) {
        SqlWriter out = SqlWriter.inlining();
        update(out, Objects.requireNonNull(update, "update"));
        return out.sql();
    }

    /** The DELETE with values inlined as literals. For logs and tests only. */
    public final String inline(DeleteStatement delete) {
        SqlWriter out = SqlWriter.inlining();
        delete(out, Objects.requireNonNull(delete, "delete"));
        return out.sql();
    }

    /**
     * {@code text} as this dialect's string literal ({@link #stringLiteral(SqlWriter, String)}), for SQL that
     * cannot take bind markers, such as a column's DEFAULT in DDL.
     */
    public final String stringLiteral(String text) {
        SqlWriter out = SqlWriter.inlining();
        stringLiteral(out, Objects.requireNonNull(text, "text"));
        return out.sql();
    }

    private SqlWriter boundWriter() {
        return SqlWriter.bound(dialect()::bindMarker);
    }

    private List<String> returnedColumns(List<String> returning) {
        return dialect().supportsReturning() ? returning : List.of();
    }

    // ---- SELECT ----

    /**
     * {@code SELECT [DISTINCT] items [FROM t] [joins] [WHERE c] [GROUP BY ..] [HAVING c] [ORDER BY ..]
     * [LIMIT $n] [OFFSET $m]}.
     */
    @Override
    protected void select(SqlWriter out, SelectStatement select) {
        out.append("SELECT ");
        if (select.distinct()) {
            out.append("DISTINCT ");
        }
        selectItems(out, select.items());
        TableRef from = select.from();
        if (from != null) {
            out.append(" FROM ");
            tableRef(out, from);
        }
        for (Join join : select.joins()) {
            join(out, join);
        }
        where(out, select.where());
        if (!select.groupBy().isEmpty()) {
            out.append(" GROUP BY ");
            exprList(out, select.groupBy());
        }
        Expr having = select.having();
        if (having != null) {
            out.append(" HAVING ");
            expr(out, having);
        }
        if (!select.orderBy().isEmpty()) {
            out.append(" ORDER BY ");
            for (int i = 0; i < select.orderBy().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                orderBy(out, select.orderBy().get(i));
            }
        }
        limitOffset(out, select.limit(), select.offset());
    }

    /** The comma-separated select list; {@code *} when it is empty. */
    protected void selectItems(SqlWriter out, List<SelectItem> items) {
        if (items.isEmpty()) {
            out.append('*');
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            selectItem(out, items.get(i));
        }
    }

    /** {@code expr [AS "alias"]}. */
    protected void selectItem(SqlWriter out, SelectItem item) {
        expr(out, item.expr());
        String alias = item.alias();
        if (alias != null) {
            out.append(" AS ");
            identifier(out, alias);
        }
    }

    /** {@code " INNER JOIN "t" ON cond"}, with a leading space. */
    protected void join(SqlWriter out, Join join) {
        out.append(' ').append(join.kind().sql()).append(' ');
        tableRef(out, join.table());
        out.append(" ON ");
        expr(out, join.on());
    }

    /** {@code expr ASC|DESC [NULLS FIRST|LAST]}. */
    protected void orderBy(SqlWriter out, OrderBy order) {
        expr(out, order.expr());
        out.append(order.ascending() ? " ASC" : " DESC");
        switch (order.nulls()) {
            case FIRST -> out.append(" NULLS FIRST");
            case LAST -> out.append(" NULLS LAST");
            case DEFAULT -> { }
        }
    }

    /** {@code " LIMIT $n OFFSET $m"}; both are bound BIGINT values, either may be absent. */
    protected void limitOffset(SqlWriter out, @Nullable Long limit, @Nullable Long offset) {
        if (limit != null) {
            out.append(" LIMIT ");
            value(out, Value.of(limit));
        }
        if (offset != null) {
            out.append(" OFFSET ");
            value(out, Value.of(offset));
        }
    }

    // ---- INSERT ----

    /**
     * {@code INSERT INTO "t" ("a", "b") VALUES ($1, $2), ... [RETURNING ...]}, or
     * {@code INSERT INTO "t" DEFAULT VALUES}. With an {@link OnConflict} it delegates to
     * {@link #upsert(SqlWriter, InsertStatement)}.
     */
    protected void insert(SqlWriter out, InsertStatement insert) {
        if (insert.onConflict() != null) {
            upsert(out, insert);
            return;
        }
        insertInto(out, insert);
        returning(out, insert.returning());
    }

    /** The INSERT without any trailing clause. The target's alias, if any, is not written. */
    protected void insertInto(SqlWriter out, InsertStatement insert) {
        out.append("INSERT INTO ");
        tableName(out, insert.table());
        if (insert.columns().isEmpty()) {
            out.append(" DEFAULT VALUES");
            return;
        }
        out.append(" (");
        identifiers(out, insert.columns());
        out.append(") VALUES ");
        valuesRows(out, insert.rows());
    }

    /** {@code ($1, $2), ($3, $4)}. */
    protected void valuesRows(SqlWriter out, List<List<Expr>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append('(');
            exprList(out, rows.get(i));
            out.append(')');
        }
    }

    /**
     * An insert with a conflict clause, as a standard MERGE whose source is the VALUES rows:
     * <pre>{@code
     * MERGE INTO "t" USING (VALUES ($1, $2)) AS "excluded" ("id", "name") ON "t"."id" = "excluded"."id"
     *   [WHEN MATCHED THEN UPDATE SET "name" = "excluded"."name"]
     *   WHEN NOT MATCHED THEN INSERT ("id", "name") VALUES ("excluded"."id", "excluded"."name")
     * }</pre>
     * No RETURNING is written; the columns travel as {@link Statement#generatedColumns()}. Rows that
     * conflict with each other inside one statement are not merged with each other.
     *
     * @throws UnsupportedByDialectException when the statement has no columns, a row holds
     *         {@code DEFAULT}, or a target or update column is not among the inserted columns
     */
    protected void upsert(SqlWriter out, InsertStatement insert) {
        OnConflict conflict = Objects.requireNonNull(insert.onConflict(), "onConflict");
        List<String> columns = insert.columns();
        if (columns.isEmpty()) {
            throw unsupported("ON CONFLICT with DEFAULT VALUES");
        }
        if (!columns.containsAll(conflict.target())) {
            throw unsupported("ON CONFLICT on a column that is not inserted");
        }
        if (!columns.containsAll(conflict.updateColumns())) {
            throw unsupported("ON CONFLICT DO UPDATE of a column that is not inserted");
        }
        if (insert.rows().stream().flatMap(List::stream).anyMatch(e -> e instanceof Expr.Default)) {
            throw unsupported("DEFAULT in an ON CONFLICT row");
        }
        String target = insert.table().qualifier();
        out.append("MERGE INTO ");
        tableRef(out, insert.table());
        out.append(" USING (VALUES ");
        valuesRows(out, insert.rows());
        out.append(") AS ");
        identifier(out, EXCLUDED);
        out.append(" (");
        identifiers(out, columns);
        out.append(") ON ");
        for (int i = 0; i < conflict.target().size(); i++) {
            String c = conflict.target().get(i);
            out.append(i > 0 ? " AND " : "");
            qualified(out, target, c);
            out.append(" = ");
            qualified(out, EXCLUDED, c);
        }
        if (!conflict.doNothing()) {
            out.append(" WHEN MATCHED THEN UPDATE SET ");
            excludedAssignments(out, conflict.updateColumns());
        }
        out.append(" WHEN NOT MATCHED THEN INSERT (");
        identifiers(out, columns);
        out.append(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            out.append(i > 0 ? ", " : "");
            qualified(out, EXCLUDED, columns.get(i));
        }
        out.append(')');
    }

    /** {@code "a" = "excluded"."a", "b" = "excluded"."b"}. */
    protected void excludedAssignments(SqlWriter out, List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            out.append(i > 0 ? ", " : "");
            identifier(out, columns.get(i));
            out.append(" = ");
            qualified(out, EXCLUDED, columns.get(i));
        }
    }

    // ---- UPDATE / DELETE ----

    /** {@code UPDATE "t" SET "a" = $1, ... [WHERE c] [RETURNING ...]}. */
    protected void update(SqlWriter out, UpdateStatement update) {
        out.append("UPDATE ");
        tableRef(out, update.table());
        out.append(" SET ");
        for (int i = 0; i < update.assignments().size(); i++) {
            UpdateStatement.Assignment a = update.assignments().get(i);
            out.append(i > 0 ? ", " : "");
            identifier(out, a.column());
            out.append(" = ");
            expr(out, a.value());
        }
        where(out, update.where());
        returning(out, update.returning());
    }

    /**
     * A batch UPDATE as a standard MERGE (no RETURNING):
     * <pre>{@code
     * MERGE INTO "t" USING (VALUES ($1, $2), ...) AS "v" ("id", "a") ON "t"."id" = "v"."id"
     *   WHEN MATCHED THEN UPDATE SET "a" = "v"."a"
     * }</pre>
     */
    protected void batchUpdate(SqlWriter out, BatchUpdateStatement update) {
        out.append("MERGE INTO ");
        tableRef(out, update.table());
        out.append(" USING ");
        batchSource(out, update);
        out.append(" ON ");
        batchKeyMatch(out, update);
        out.append(" WHEN MATCHED THEN UPDATE SET ");
        batchAssignments(out, update);
    }

    /** {@code (VALUES ($1, $2), ...) AS "v" ("id", "a")}. */
    protected final void batchSource(SqlWriter out, BatchUpdateStatement update) {
        out.append("(VALUES ");
        valuesRows(out, update.rows());
        out.append(") AS ");
        identifier(out, BatchUpdateStatement.SOURCE);
        out.append(" (");
        identifiers(out, update.sourceColumns());
        out.append(')');
    }

    /** {@code "t"."id" = "v"."id" AND ...}. */
    protected final void batchKeyMatch(SqlWriter out, BatchUpdateStatement update) {
        String target = update.table().qualifier();
        for (int i = 0; i < update.keyColumns().size(); i++) {
            String c = update.keyColumns().get(i);
            out.append(i > 0 ? " AND " : "");
            qualified(out, target, c);
            out.append(" = ");
            qualified(out, BatchUpdateStatement.SOURCE, c);
        }
    }

    /** {@code "a" = "v"."a", ...}. */
    protected final void batchAssignments(SqlWriter out, BatchUpdateStatement update) {
        for (int i = 0; i < update.setColumns().size(); i++) {
            String c = update.setColumns().get(i);
            out.append(i > 0 ? ", " : "");
            identifier(out, c);
            out.append(" = ");
            qualified(out, BatchUpdateStatement.SOURCE, c);
        }
    }

    /** {@code DELETE FROM "t" [WHERE c] [RETURNING ...]}. */
    protected void delete(SqlWriter out, DeleteStatement delete) {
        out.append("DELETE FROM ");
        tableRef(out, delete.table());
        where(out, delete.where());
        returning(out, delete.returning());
    }

    // ---- shared clauses ----

    /** {@code " WHERE cond"} when there is a condition. */
    protected void where(SqlWriter out, @Nullable Expr where) {
        if (where != null) {
            out.append(" WHERE ");
            expr(out, where);
        }
    }

    /**
     * {@code " RETURNING "a", "b""} when there are columns and the dialect
     * {@linkplain Dialect#supportsReturning() supports} it; nothing otherwise.
     */
    protected void returning(SqlWriter out, List<String> columns) {
        if (columns.isEmpty() || !dialect().supportsReturning()) {
            return;
        }
        out.append(" RETURNING ");
        identifiers(out, columns);
    }

    /** The exception for a feature this dialect cannot express. */
    protected final UnsupportedByDialectException unsupported(String feature) {
        return new UnsupportedByDialectException(dialect().name(), feature);
    }
}
