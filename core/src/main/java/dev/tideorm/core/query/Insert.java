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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An immutable INSERT of one or many active models. Columns that are {@code Set} or {@code Unchanged} are
 * inserted, {@code NotSet} ones are left to the database; several rows take the union of their columns in
 * entity order, with NULL in the gaps. A row with no column at all is {@code DEFAULT VALUES}.
 *
 * <pre>{@code
 * Insert.one(fruit).inline(Dialects.POSTGRES)
 * // INSERT INTO "fruit" ("name", "cake_id") VALUES ('Orange', NULL)
 * }</pre>
 *
 * @param <M> the entity
 */
public final class Insert<M> {
    private final EntityMeta<M> meta;
    private final InsertStatement statement;

    private Insert(EntityMeta<M> meta, InsertStatement statement) {
        this.meta = meta;
        this.statement = statement;
    }

    /** An INSERT of one row. */
    public static <M> Insert<M> one(ActiveModel<M, ?> model) {
        return many(List.of(Objects.requireNonNull(model, "model")));
    }

    /**
     * An INSERT of several rows in one statement, with the union of the rows' columns.
     *
     * @throws IllegalArgumentException when {@code models} is empty (there is no statement for no row: skip
     *     the call), or when there are several rows and none has a column with a value ({@code DEFAULT VALUES}
     *     inserts a single row)
     */
    public static <M> Insert<M> many(List<? extends ActiveModel<M, ?>> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("Insert.many needs at least one row");
        }
        EntityMeta<M> meta = models.get(0).meta();
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
            throw new IllegalArgumentException("Insert.many of " + models.size() + " rows of " + meta.table()
                    + " without any column: DEFAULT VALUES would insert a single row; insert them one by one");
        }
        List<String> names = cols.stream().map(Column::name).toList();
        List<List<Expr>> rows = new ArrayList<>(models.size());
        for (ActiveModel<M, ?> m : models) {
            List<Expr> row = new ArrayList<>(cols.size());
            for (Column<M, ?> c : cols) {
                row.add(valueExpr(c, m.get(c)));
            }
            rows.add(row);
        }
        return new Insert<>(meta, new InsertStatement(meta.tableRef(), names, rows, null, List.of()));
    }

    @SuppressWarnings("unchecked")
    private static <M, T> Expr valueExpr(Column<M, T> c, ActiveValue<?> v) {
        return Expr.param(c.toValue(v.hasValue() ? (T) v.value() : null));
    }

    /** The entity whose table this inserts into. */
    public EntityMeta<M> meta() {
        return meta;
    }

    /** The statement tree. */
    public InsertStatement statement() {
        return statement;
    }

    /** {@code ON CONFLICT (target) DO NOTHING}. */
    @SafeVarargs
    public final Insert<M> onConflictDoNothing(Column<M, ?>... target) {
        return new Insert<>(meta, statement.withOnConflict(OnConflict.doNothing(names(target))));
    }

    /** {@code ON CONFLICT (target) DO UPDATE SET c = EXCLUDED.c} for each of {@code update}. */
    public Insert<M> onConflictUpdate(List<Column<M, ?>> target, List<Column<M, ?>> update) {
        return new Insert<>(meta, statement.withOnConflict(
                OnConflict.doUpdate(target.stream().map(Column::name).toList(),
                        update.stream().map(Column::name).toList())));
    }

    /** Asks for every column of the inserted rows back (RETURNING, or generated values on H2). */
    public Insert<M> returningAll() {
        return new Insert<>(meta, statement.withReturning(meta.columns().stream().map(Column::name).toList()));
    }

    /** Renders with bound parameters (RETURNING, or generated columns where the dialect has none). */
    public Statement build(Dialect dialect) {
        return dialect.render(statement);
    }

    /** Renders with values inlined, for logs and tests. */
    public String inline(Dialect dialect) {
        return dialect.inline(statement);
    }

    /** Executes and emits the number of inserted rows. */
    public Mono<Long> exec(DbConn db) {
        return Mono.defer(() -> db.execute(build(db.dialect())));
    }

    /** Executes and emits the inserted rows as stored, in insertion order. */
    public Flux<M> execWithReturning(DbConn db) {
        Insert<M> r = statement.returning().isEmpty() ? returningAll() : this;
        return Flux.defer(() -> db.query(r.build(db.dialect()), row -> meta.read(row, 0)));
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
