package dev.tideorm.core.query;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.InsertStatement;
import dev.tideorm.core.sql.OnConflict;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An immutable INSERT of one or many active models. Columns that are {@code Set} or {@code Unchanged} are
 * inserted, {@code NotSet} ones are left to the database; several rows take the union of their columns in
 * entity order, with {@code DEFAULT} in the gaps (so a row that leaves its generated key {@code NotSet} can share
 * a statement with one that sets it). One row with no column at all is {@code DEFAULT VALUES}; several such rows
 * name the first key column with {@code DEFAULT} in every row.
 *
 * <p>Executed, a statement that would carry more bind parameters than the driver accepts
 * ({@link dev.tideorm.core.dialect.Dialect#maxBindParameters()}) is split into several INSERTs of consecutive
 * rows, run in one transaction (a savepoint inside the caller's), so that the rows are still stored all or
 * nothing and returned in input order.
 *
 * <pre>{@code
 * Insert.one(fruit).inline(Dialects.POSTGRES)
 * // INSERT INTO "fruit" ("name", "cake_id") VALUES ('Orange', NULL)
 * }</pre>
 *
 * @param <M> the entity
 */
public final class Insert<M> {
    /** Rendered single-row INSERTs, per entity, dialect and {@link #shape}. */
    private static final ShapeCache RENDERED = new ShapeCache();

    private final EntityMeta<M> meta;
    /** The tree; for a {@link #single} row, built only when asked for (a rendered shape needs none). */
    private @Nullable InsertStatement statement;
    /**
     * For a {@link #single} row without ON CONFLICT: which columns it writes (bit i: the entity's column i), with
     * bit 63 set when every column is returned; its SQL is then rendered once per shape. Else unused (0).
     */
    private final long shape;
    /** The one row's columns and values, taken when the insert was made; null unless it has a shape. */
    private final @Nullable SingleRow<M> single;

    private record SingleRow<M>(List<Column<M, ?>> columns, List<Value> values) {
    }

    private Insert(EntityMeta<M> meta, InsertStatement statement) {
        this.meta = meta;
        this.statement = statement;
        this.shape = 0;
        this.single = null;
    }

    private Insert(EntityMeta<M> meta, SingleRow<M> single, long shape) {
        this.meta = meta;
        this.single = single;
        this.shape = shape;
    }

    /** An INSERT of one row. */
    public static <M> Insert<M> one(ActiveModel<M, ?> model) {
        return many(List.of(Objects.requireNonNull(model, "model")));
    }

    /**
     * An INSERT of several rows in one statement, with the union of the rows' columns.
     *
     * @throws IllegalArgumentException when {@code models} is empty (there is no statement for no row: skip
     *     the call)
     */
    public static <M> Insert<M> many(List<? extends ActiveModel<M, ?>> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("Insert.many needs at least one row");
        }
        EntityMeta<M> meta = models.get(0).meta();
        if (models.size() == 1 && meta.columns().size() < 63) {
            ActiveModel<M, ?> m = models.get(0);
            List<Column<M, ?>> cols = new ArrayList<>(meta.columns().size());
            List<Value> values = new ArrayList<>(meta.columns().size());
            long shape = 0;
            for (Column<M, ?> c : meta.columns()) {
                ActiveValue<?> v = m.get(c);
                if (v.hasValue()) {
                    cols.add(c);
                    values.add(value(c, v));
                    shape |= 1L << c.index();
                }
            }
            return new Insert<>(meta, new SingleRow<>(cols, values), shape);
        }
        List<Column<M, ?>> cols = new ArrayList<>();
        for (Column<M, ?> c : meta.columns()) {
            for (ActiveModel<M, ?> m : models) {
                if (m.get(c).hasValue()) {
                    cols.add(c);
                    break;
                }
            }
        }
        if (cols.isEmpty() && models.size() > 1) {
            // DEFAULT VALUES inserts one row; VALUES (DEFAULT), (DEFAULT) inserts them all.
            cols.add(meta.primaryKey().isEmpty() ? meta.columns().get(0) : meta.primaryKey().get(0));
        }
        List<List<Expr>> rows = new ArrayList<>(models.size());
        for (ActiveModel<M, ?> m : models) {
            List<Expr> row = new ArrayList<>(cols.size());
            for (Column<M, ?> c : cols) {
                ActiveValue<?> v = m.get(c);
                row.add(v.hasValue() ? Expr.param(value(c, v)) : new Expr.Default());
            }
            rows.add(row);
        }
        return new Insert<>(meta, new InsertStatement(meta.tableRef(), names(cols), rows, null, List.of()));
    }

    private static <M> List<String> names(List<Column<M, ?>> cols) {
        List<String> names = new ArrayList<>(cols.size());
        cols.forEach(c -> names.add(c.name()));
        return names;
    }

    @SuppressWarnings("unchecked")
    private static <M, T> Value value(Column<M, T> c, ActiveValue<?> v) {
        return c.toValue((T) v.value());
    }

    /** The entity whose table this inserts into. */
    public EntityMeta<M> meta() {
        return meta;
    }

    /** The statement tree. */
    public InsertStatement statement() {
        InsertStatement s = statement;
        if (s == null) {
            SingleRow<M> row = java.util.Objects.requireNonNull(single);
            List<Expr> exprs = new ArrayList<>(row.values().size());
            row.values().forEach(v -> exprs.add(Expr.param(v)));
            s = new InsertStatement(meta.tableRef(), names(row.columns()), List.of(exprs), null,
                    shape < 0 ? meta.columnNames() : List.of());
            statement = s;      // a benign race: every thread builds the same tree
        }
        return s;
    }

    /** {@code ON CONFLICT (target) DO NOTHING}. */
    @SafeVarargs
    public final Insert<M> onConflictDoNothing(Column<M, ?>... target) {
        return new Insert<>(meta, statement().withOnConflict(OnConflict.doNothing(names(target))));
    }

    /** {@code ON CONFLICT (target) DO UPDATE SET c = EXCLUDED.c} for each of {@code update}. */
    public Insert<M> onConflictUpdate(List<Column<M, ?>> target, List<Column<M, ?>> update) {
        return new Insert<>(meta, statement().withOnConflict(
                OnConflict.doUpdate(target.stream().map(Column::name).toList(),
                        update.stream().map(Column::name).toList())));
    }

    /** Asks for every column of the inserted rows back (RETURNING, or generated values on H2). */
    public Insert<M> returningAll() {
        if (single != null) {
            return new Insert<>(meta, single, shape | Long.MIN_VALUE);
        }
        return new Insert<>(meta, statement().withReturning(meta.columnNames()));
    }

    /** Renders with bound parameters (RETURNING, or generated columns where the dialect has none). */
    public Statement build(Dialect dialect) {
        SingleRow<M> row = single;
        if (row == null) {
            return dialect.render(statement());
        }
        ShapeCache.Template t = RENDERED.get(meta, dialect, shape);
        if (t == null) {
            Statement rendered = dialect.render(statement());
            RENDERED.put(meta, dialect, shape, rendered, row::values);
            return rendered;
        }
        if (ShapeCache.isUncacheable(t)) {
            return dialect.render(statement());
        }
        return new Statement(t.sql(), row.values(), t.generatedColumns());
    }

    /** Renders with values inlined, for logs and tests. */
    public String inline(Dialect dialect) {
        return dialect.inline(statement());
    }

    /**
     * Executes and emits the number of inserted rows. Split into several statements in one transaction when the
     * rows would exceed the driver's bind-parameter limit (see the class comment).
     */
    public Mono<Long> exec(DbConn db) {
        return Mono.defer(() -> {
            List<InsertStatement> parts = chunks(db.dialect().maxBindParameters());
            if (parts.size() == 1) {
                return db.execute(build(db.dialect()));
            }
            return db.transactionMono(tx -> Flux.fromIterable(parts)
                    .concatMap(part -> tx.execute(tx.dialect().render(part)))
                    .reduce(0L, Long::sum));
        });
    }

    /**
     * Executes and emits the inserted rows as stored, in insertion order; split like {@link #exec} when needed.
     */
    public Flux<M> execWithReturning(DbConn db) {
        Insert<M> r = single != null ? (shape < 0 ? this : returningAll())
                : statement().returning().isEmpty() ? returningAll() : this;
        return Flux.defer(() -> {
            List<InsertStatement> parts = r.chunks(db.dialect().maxBindParameters());
            if (parts.size() == 1) {
                return db.query(r.build(db.dialect()), meta.rowMapper());
            }
            return db.transaction(tx -> Flux.fromIterable(parts)
                    .concatMap(part -> tx.query(tx.dialect().render(part), meta.rowMapper())));
        });
    }

    /**
     * The rendered statements: one, or several of consecutive rows when the rows would exceed the dialect's
     * bind-parameter limit. For callers that run them in their own transaction.
     */
    public List<Statement> statements(Dialect dialect) {
        if (single != null) {
            return List.of(build(dialect));
        }
        List<InsertStatement> parts = chunks(dialect.maxBindParameters());
        List<Statement> out = new ArrayList<>(parts.size());
        parts.forEach(p -> out.add(dialect.render(p)));
        return out;
    }

    /** The statement split into runs of consecutive rows of at most {@code maxParameters} bound values each. */
    List<InsertStatement> chunks(int maxParameters) {
        InsertStatement statement = statement();
        List<List<Expr>> rows = statement.rows();
        List<InsertStatement> out = new ArrayList<>();
        List<List<Expr>> current = new ArrayList<>();
        int params = 0;
        for (List<Expr> row : rows) {
            int n = (int) row.stream().filter(e -> !(e instanceof Expr.Default)).count();
            if (!current.isEmpty() && params + n > maxParameters) {
                out.add(statement.withRows(current));
                current = new ArrayList<>();
                params = 0;
            }
            current.add(row);
            params += n;
        }
        out.add(current.size() == rows.size() ? statement : statement.withRows(current));
        return out;
    }

    @SafeVarargs
    private static <M> List<String> names(Column<M, ?>... cols) {
        List<String> out = new ArrayList<>(cols.length);
        for (Column<M, ?> c : cols) {
            out.add(c.name());
        }
        return out;
    }

    /** A nullable-safe helper for code that builds rows by hand. */
    static <M, T> Expr param(Column<M, T> c, @Nullable T value) {
        return Expr.param(c.toValue(value));
    }
}
