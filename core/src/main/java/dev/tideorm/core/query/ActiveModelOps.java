package dev.tideorm.core.query;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.RecordNotFoundException;
import dev.tideorm.core.error.RecordNotInsertedException;
import dev.tideorm.core.error.RecordNotUpdatedException;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveModelBehavior;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Single-row writes of an active model (insert, update, save, delete) with lifecycle hooks. Everything runs
 * on subscription; validation errors (a key that is not set) are signalled before any SQL is sent.
 */
public final class ActiveModelOps {
    private ActiveModelOps() {
    }

    /** Inserts the model and emits the stored row; the model takes the stored values. */
    public static <M> Mono<M> insert(ActiveModel<M, ?> model, DbConn db) {
        EntityMeta<M> meta = model.meta();
        ActiveModelBehavior<M> hooks = meta.behavior();
        return Mono.defer(() -> hooks.beforeSave(model, true)
                .then(Mono.defer(() -> Insert.one(model).execWithReturning(db).singleOrEmpty()))
                .switchIfEmpty(Mono.error(() -> new RecordNotInsertedException(
                        "insert into " + meta.table() + " returned no row")))
                .flatMap(row -> {
                    model.acceptWritten(row);
                    return hooks.afterSave(row, true).thenReturn(row);
                }));
    }

    /**
     * Updates the model's {@code Set} columns by primary key and emits the stored row. With nothing set, only
     * reads the row back.
     */
    public static <M> Mono<M> update(ActiveModel<M, ?> model, DbConn db) {
        EntityMeta<M> meta = model.meta();
        ActiveModelBehavior<M> hooks = meta.behavior();
        return Mono.defer(() -> {
            Optional<Update<M>> update = Update.one(model);
            if (update.isEmpty()) {
                return findByKey(model, db).switchIfEmpty(Mono.error(() -> new RecordNotFoundException(
                        "failed to find updated item in " + meta.table())));
            }
            return hooks.beforeSave(model, false)
                    .then(Mono.defer(() -> writeUpdate(model, db)))
                    .flatMap(row -> {
                        model.acceptWritten(row);
                        return hooks.afterSave(row, false).thenReturn(row);
                    });
        });
    }

    private static <M> Mono<M> writeUpdate(ActiveModel<M, ?> model, DbConn db) {
        EntityMeta<M> meta = model.meta();
        // Re-derive after the hook, which may have changed values.
        Optional<Update<M>> update = Update.one(model);
        if (update.isEmpty()) {
            return findByKey(model, db);
        }
        Mono<M> notUpdated = Mono.error(() -> new RecordNotUpdatedException(
                "update of " + meta.table() + " matched no row"));
        if (db.dialect().supportsReturning()) {
            Update<M> u = update.get().returningAll();
            return db.query(u.build(db.dialect()), row -> meta.read(row, 0)).singleOrEmpty()
                    .switchIfEmpty(notUpdated);
        }
        return update.get().exec(db).flatMap(n -> n == 0 ? notUpdated : findByKey(model, db)
                .switchIfEmpty(notUpdated));
    }

    private static <M> Mono<M> findByKey(ActiveModel<M, ?> model, DbConn db) {
        return Select.of(model.meta()).filter(Update.keyCondition(model, "UpdateOne")).one(db);
    }

    /**
     * Updates a {@linkplain ActiveModel#isPersisted() persisted} model, inserts any other. Emits the model
     * itself, now holding the stored row.
     */
    public static <M, A extends ActiveModel<M, A>> Mono<A> save(A model, DbConn db) {
        return (model.isPersisted() ? update(model, db) : insert(model, db)).thenReturn(model);
    }

    /** Deletes the model's row by primary key and emits the number of rows deleted. */
    public static <M> Mono<Long> delete(ActiveModel<M, ?> model, DbConn db) {
        ActiveModelBehavior<M> hooks = model.meta().behavior();
        return Mono.defer(() -> {
            Delete<M> delete = Delete.one(model);
            return hooks.beforeDelete(model)
                    .then(Mono.defer(() -> delete.exec(db)))
                    .flatMap(n -> hooks.afterDelete(model).thenReturn(n));
        });
    }
}
