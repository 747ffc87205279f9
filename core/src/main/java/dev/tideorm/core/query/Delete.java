package dev.tideorm.core.query;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.sql.DeleteStatement;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.Statement;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * An immutable DELETE: of one row by primary key ({@link #one}) or of every row matching conditions
 * ({@link #many}). {@code Delete.many(meta)} without a filter deletes every row.
 *
 * <pre>{@code
 * Delete.one(fruit).build(Dialects.POSTGRES).sql()   // DELETE FROM "fruit" WHERE "fruit"."id" = $1
 * }</pre>
 *
 * @param <M> the entity
 */
public final class Delete<M> {
    private final EntityMeta<M> meta;
    private final @Nullable Expr where;

    private Delete(EntityMeta<M> meta, @Nullable Expr where) {
        this.meta = meta;
        this.where = where;
    }

    /**
     * The DELETE of the row identified by the model's primary key.
     *
     * @throws dev.tideorm.core.error.PrimaryKeyNotSetException when a key column is {@code NotSet}
     */
    public static <M> Delete<M> one(ActiveModel<M, ?> model) {
        return new Delete<>(model.meta(), Update.keyCondition(model, "DeleteOne"));
    }

    /** A DELETE of the rows matching the conditions added with {@link #filter}. */
    public static <M> Delete<M> many(EntityMeta<M> meta) {
        return new Delete<>(Objects.requireNonNull(meta, "meta"), null);
    }

    /** Adds a condition, AND-ed with the existing ones. */
    public Delete<M> filter(Expr condition) {
        return new Delete<>(meta, where == null ? condition : where.and(condition));
    }

    /** The statement tree. */
    public DeleteStatement statement() {
        return new DeleteStatement(meta.tableRef(), where, List.of());
    }

    /** Renders with bound parameters. */
    public Statement build(Dialect dialect) {
        return dialect.render(statement());
    }

    /** Renders with values inlined, for logs and tests. */
    public String inline(Dialect dialect) {
        return dialect.inline(statement());
    }

    /** Executes and emits the number of rows deleted. */
    public Mono<Long> exec(DbConn db) {
        return Mono.defer(() -> db.execute(build(db.dialect())));
    }
}
