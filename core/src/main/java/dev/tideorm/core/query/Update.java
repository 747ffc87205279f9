package dev.tideorm.core.query;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.error.PrimaryKeyNotSetException;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.UpdateStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * An immutable UPDATE: of one row by primary key ({@link #one}), writing only the {@code Set} columns, or of
 * many rows by condition ({@link #many}). A primary key column is never written, only matched.
 *
 * <pre>{@code
 * Update.one(fruit).orElseThrow().inline(Dialects.POSTGRES)
 * // UPDATE "fruit" SET "cake_id" = 2 WHERE "fruit"."id" = 1
 * }</pre>
 *
 * @param <M> the entity
 */
public final class Update<M> {
    private final EntityMeta<M> meta;
    private final List<UpdateStatement.Assignment> assignments;
    private final @Nullable Expr where;
    private final List<String> returning;

    private Update(EntityMeta<M> meta, List<UpdateStatement.Assignment> assignments, @Nullable Expr where,
                   List<String> returning) {
        this.meta = meta;
        this.assignments = List.copyOf(assignments);
        this.where = where;
        this.returning = List.copyOf(returning);
    }

    /**
     * The UPDATE of the row identified by the model's primary key, setting its {@code Set} non-key columns.
     * Empty when no such column is {@code Set} (nothing to write).
     *
     * @throws PrimaryKeyNotSetException when a primary key column is {@code NotSet}
     */
    public static <M> Optional<Update<M>> one(ActiveModel<M, ?> model) {
        EntityMeta<M> meta = model.meta();
        Expr where = keyCondition(model, "UpdateOne");
        List<UpdateStatement.Assignment> sets = new ArrayList<>();
        for (Column<M, ?> c : meta.columns()) {
            ActiveValue<?> v = model.get(c);
            if (v.isSet() && !c.primaryKey()) {
                sets.add(new UpdateStatement.Assignment(c.name(), valueExpr(c, v)));
            }
        }
        return sets.isEmpty() ? Optional.empty() : Optional.of(new Update<>(meta, sets, where, List.of()));
    }

    /** An UPDATE of every row matching the conditions added with {@link #filter}. */
    public static <M> Update<M> many(EntityMeta<M> meta) {
        return new Update<>(Objects.requireNonNull(meta, "meta"), List.of(), null, List.of());
    }

    /**
     * The primary key condition of a model: {@code "t"."id" = $1 [AND ...]}.
     *
     * @throws PrimaryKeyNotSetException naming {@code context} (e.g. {@code UpdateOne}) when a key column is
     *     {@code NotSet}
     */
    public static <M> Expr keyCondition(ActiveModel<M, ?> model, String context) {
        EntityMeta<M> meta = model.meta();
        if (!model.isPrimaryKeySet()) {
            throw new PrimaryKeyNotSetException(context, meta.table());
        }
        List<Expr> parts = new ArrayList<>();
        for (Column<M, ?> c : meta.primaryKey()) {
            parts.add(valueEq(c, model.get(c)));
        }
        return Expr.and(parts);
    }

    @SuppressWarnings("unchecked")
    private static <M, T> Expr valueEq(Column<M, T> c, ActiveValue<?> v) {
        return c.eq((T) v.value());
    }

    @SuppressWarnings("unchecked")
    private static <M, T> Expr valueExpr(Column<M, T> c, ActiveValue<?> v) {
        return Expr.param(c.toValue((T) v.value()));
    }

    /** Adds {@code SET column = value}. */
    public <T> Update<M> set(Column<M, T> column, @Nullable T value) {
        List<UpdateStatement.Assignment> a = new ArrayList<>(assignments);
        a.add(new UpdateStatement.Assignment(column.name(), Expr.param(column.toValue(value))));
        return new Update<>(meta, a, where, returning);
    }

    /** Adds {@code SET column = <expression>}, e.g. {@code "count" + 1}. */
    public Update<M> setExpr(Column<M, ?> column, Expr value) {
        List<UpdateStatement.Assignment> a = new ArrayList<>(assignments);
        a.add(new UpdateStatement.Assignment(column.name(), value));
        return new Update<>(meta, a, where, returning);
    }

    /** Adds a condition, AND-ed with the existing ones. */
    public Update<M> filter(Expr condition) {
        return new Update<>(meta, assignments, where == null ? condition : where.and(condition), returning);
    }

    /** Asks for every column of the updated rows back (only where the dialect supports RETURNING). */
    public Update<M> returningAll() {
        return new Update<>(meta, assignments, where, meta.columns().stream().map(Column::name).toList());
    }

    /** The entity whose table this updates. */
    public EntityMeta<M> meta() {
        return meta;
    }

    /** The statement tree. */
    public UpdateStatement statement() {
        return new UpdateStatement(meta.tableRef(), assignments, where, returning);
    }

    /**
     * Renders with bound parameters.
     *
     * @throws IllegalArgumentException when nothing is {@linkplain #set set}
     */
    public Statement build(Dialect dialect) {
        return dialect.render(statement());
    }

    /** Renders with values inlined, for logs and tests. */
    public String inline(Dialect dialect) {
        return dialect.inline(statement());
    }

    /** Executes and emits the number of rows updated (0 is not an error here). */
    public Mono<Long> exec(DbConn db) {
        return Mono.defer(() -> db.execute(build(db.dialect())));
    }
}
