package dev.tideorm.core.query;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.RecordNotFoundException;
import dev.tideorm.core.error.RecordNotInsertedException;
import dev.tideorm.core.error.RecordNotUpdatedException;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveModelBehavior;
import dev.tideorm.core.sql.Statement;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Single-row writes of an active model (insert, update, save, delete) with lifecycle hooks. Everything runs
 * on subscription, so a returned {@code Mono} may be subscribed again (a retry) and then acts on the model as
 * it is at that moment; validation errors (a key that is not set) are signalled before any SQL is sent. The
 * {@code RecordNot*Exception}s signalled here carry the statement that found no row.
 */
public final class ActiveModelOps {
    private ActiveModelOps() {
    }

    /**
     * Inserts the model and emits the stored row (generated keys included); the model takes the stored
     * values and becomes {@linkplain ActiveModel#isPersisted() persisted}. Hooks: {@code beforeSave(model,
     * true)}, the INSERT, {@code afterSave(row, true)}. Fails with {@link RecordNotInsertedException} when the
     * database returns no row, or with the translated database error.
     */
    public static <M> Mono<M> insert(ActiveModel<M, ?> model, DbConn db) {
        EntityMeta<M> meta = model.meta();
        ActiveModelBehavior<M> hooks = meta.behavior();
        return Mono.defer(() -> unsupportedNestedWrite(model).then(hooks.beforeSave(model, true))
                .then(Mono.defer(() -> {
                    Statement insert = Insert.one(model).returningAll().build(db.dialect());
                    return db.query(insert, row -> meta.read(row, 0)).singleOrEmpty()
                            .switchIfEmpty(Mono.error(() -> new RecordNotInsertedException(
                                    "insert into " + meta.table() + " returned no row", insert, null, null)));
                }))
                .flatMap(row -> {
                    model.acceptWritten(row);
                    return hooks.afterSave(row, true).thenReturn(row);
                }));
    }

    /**
     * Updates the model's {@code Set} columns by primary key and emits the stored row, which the model takes
     * (it becomes {@linkplain ActiveModel#isPersisted() persisted}). Hooks: {@code beforeSave(model, false)},
     * the UPDATE, {@code afterSave(row, false)}.
     *
     * <p>With no column {@code Set} there is nothing to write: no UPDATE is sent and no hook runs; the row is
     * only read back ({@code SELECT ... WHERE <key> LIMIT 1}) and the model takes it.
     *
     * <p>Errors: {@link dev.tideorm.core.error.PrimaryKeyNotSetException} before any SQL when a key column is
     * {@code NotSet}; {@link RecordNotUpdatedException} when the UPDATE matched no row; {@link
     * RecordNotFoundException} when the read-back of a no-op update finds no row.
     */
    public static <M> Mono<M> update(ActiveModel<M, ?> model, DbConn db) {
        ActiveModelBehavior<M> hooks = model.meta().behavior();
        return unsupportedNestedWrite(model).then(Mono.defer(() -> {
            Optional<Update<M>> update = Update.one(model);
            if (update.isEmpty()) {
                return reread(model, db).map(row -> {
                    model.acceptWritten(row);
                    return row;
                });
            }
            return hooks.beforeSave(model, false)
                    .then(Mono.defer(() -> writeUpdate(model, db)))
                    .flatMap(row -> {
                        model.acceptWritten(row);
                        return hooks.afterSave(row, false).thenReturn(row);
                    });
        }));
    }

    /**
     * Writing related models through the relation states ({@code setProfile}, {@code addPost}, {@code replaceAll},
     * {@code clearProfile}) is nested save, which is not implemented yet. Rather than ignore those changes
     * silently, a write of a model whose relation states hold changes fails before any SQL.
     */
    private static Mono<Void> unsupportedNestedWrite(ActiveModel<?, ?> model) {
        return Mono.defer(() -> {
            for (var r : model.meta().relations()) {
                Object state = model.relationState(r.index());
                // A cleared belongs-to is already fully expressed by its foreign key columns, set to NULL.
                boolean changed = state instanceof dev.tideorm.core.model.ActiveOne<?> one
                        ? one.isChanged() && !(one.isCleared() && r.kind() == dev.tideorm.core.meta.RelationKind.BELONGS_TO)
                        : ((dev.tideorm.core.model.ActiveMany<?>) state).isChanged();
                if (changed) {
                    return Mono.error(new IllegalStateException("relation " + model.meta().type().getSimpleName()
                            + "." + r.name() + " holds changes, but saving related models in the same call "
                            + "(nested save) is not implemented yet: save the related models separately"));
                }
            }
            return Mono.empty();
        });
    }

    private static <M> Mono<M> writeUpdate(ActiveModel<M, ?> model, DbConn db) {
        EntityMeta<M> meta = model.meta();
        // Re-derive after the hook, which may have changed values.
        Optional<Update<M>> update = Update.one(model);
        if (update.isEmpty()) {
            return reread(model, db);
        }
        boolean returning = db.dialect().supportsReturning();
        Statement statement = (returning ? update.get().returningAll() : update.get()).build(db.dialect());
        Mono<M> notUpdated = Mono.error(() -> new RecordNotUpdatedException(
                "update of " + meta.table() + " matched no row", statement, null, null));
        if (returning) {
            return db.query(statement, row -> meta.read(row, 0)).singleOrEmpty().switchIfEmpty(notUpdated);
        }
        return db.execute(statement).flatMap(n -> n == 0 ? notUpdated : findByKey(model, db).switchIfEmpty(notUpdated));
    }

    private static <M> Mono<M> findByKey(ActiveModel<M, ?> model, DbConn db) {
        return Select.of(model.meta()).filter(Update.keyCondition(model, "UpdateOne")).one(db);
    }

    /** The row of the model's key, failing with {@link RecordNotFoundException} (carrying the SELECT) if none. */
    private static <M> Mono<M> reread(ActiveModel<M, ?> model, DbConn db) {
        EntityMeta<M> meta = model.meta();
        Statement select = Select.of(meta).filter(Update.keyCondition(model, "UpdateOne")).limit(1)
                .build(db.dialect());
        return db.query(select, row -> meta.read(row, 0)).singleOrEmpty()
                .switchIfEmpty(Mono.error(() -> new RecordNotFoundException(
                        "failed to find updated item in " + meta.table(), select, null, null)));
    }

    /**
     * Updates a {@linkplain ActiveModel#isPersisted() persisted} model, inserts any other; which of the two
     * is decided on each subscription. Emits the model itself, now holding the stored row. Signals the errors
     * of {@link #update} or {@link #insert}.
     */
    public static <M, A extends ActiveModel<M, A>> Mono<A> save(A model, DbConn db) {
        return Mono.defer(() -> (model.isPersisted() ? update(model, db) : insert(model, db)).thenReturn(model));
    }

    /**
     * Deletes the model's row by primary key and emits the number of rows deleted (0 is not an error).
     * Afterwards the model is no longer {@linkplain ActiveModel#isPersisted() persisted}, so a later
     * {@code save} inserts it again. Hooks: {@code beforeDelete}, the DELETE, {@code afterDelete}. Fails with
     * {@link dev.tideorm.core.error.PrimaryKeyNotSetException} before any SQL when a key column is
     * {@code NotSet}.
     */
    public static <M> Mono<Long> delete(ActiveModel<M, ?> model, DbConn db) {
        ActiveModelBehavior<M> hooks = model.meta().behavior();
        return Mono.defer(() -> {
            Delete<M> delete = Delete.one(model);
            return hooks.beforeDelete(model)
                    .then(Mono.defer(() -> delete.exec(db)))
                    .flatMap(n -> {
                        model.markPersisted(false);
                        return hooks.afterDelete(model).thenReturn(n);
                    });
        });
    }
}
