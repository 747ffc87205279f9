package dev.tideorm.core.save;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.internal.ModelAccess;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveModelBehavior;
import dev.tideorm.core.query.Delete;
import dev.tideorm.core.query.Update;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The writes of active models, called by the generated {@code XActiveModel} classes (see {@link ActiveModel#save}
 * and its siblings for the contracts). Everything runs on subscription and again on each re-subscription (a
 * retry then acts on the models as they are at that moment, which a failed attempt left untouched).
 */
public final class Writes {
    private Writes() {
    }

    /** Nested save of {@code model}'s graph; emits {@code model} once committed. See {@link ActiveModel#save}. */
    public static <M, A extends ActiveModel<M, A>> Mono<A> save(A model, DbConn db) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(db, "db");
        return NestedSave.run(List.of(model), SavePlanner.RootMode.SAVE, db).thenReturn(model);
    }

    /**
     * Nested save of several graphs in one transaction, their rows batched together (one INSERT per entity and
     * level for all of them); emits the models in input order once committed.
     */
    public static <M, A extends ActiveModel<M, A>> Flux<A> saveAll(DbConn db, List<A> models) {
        Objects.requireNonNull(db, "db");
        List<A> roots = List.copyOf(models);
        return NestedSave.run(roots, SavePlanner.RootMode.SAVE, db).thenMany(Flux.fromIterable(roots));
    }

    /** Inserts {@code model} and saves its graph; emits the stored row. See {@link ActiveModel#insert}. */
    @SuppressWarnings("unchecked")
    public static <M> Mono<M> insert(ActiveModel<M, ?> model, DbConn db) {
        Objects.requireNonNull(model, "model");
        return NestedSave.run(List.of(model), SavePlanner.RootMode.INSERT, db)
                .map(g -> (M) Objects.requireNonNull(g.roots().get(0).row()));
    }

    /** Updates {@code model} and saves its graph; emits the stored row. See {@link ActiveModel#update}. */
    @SuppressWarnings("unchecked")
    public static <M> Mono<M> update(ActiveModel<M, ?> model, DbConn db) {
        Objects.requireNonNull(model, "model");
        return Mono.defer(() -> {
            Update.keyCondition(model, "UpdateOne");       // a NotSet key fails before any SQL
            return NestedSave.run(List.of(model), SavePlanner.RootMode.UPDATE, db)
                    .map(g -> (M) Objects.requireNonNull(g.roots().get(0).row()));
        });
    }

    /**
     * Deletes the row of {@code model} by primary key (this row only) and emits the number of rows deleted (0 is
     * not an error). Hooks: {@code beforeDelete}, the DELETE, {@code afterDelete}. Afterwards the model is no
     * longer persisted. Fails with {@code PrimaryKeyNotSetException} before any SQL when a key column is
     * {@code NotSet}.
     */
    public static <M> Mono<Long> delete(ActiveModel<M, ?> model, DbConn db) {
        ActiveModelBehavior<M> hooks = model.meta().behavior();
        return Mono.defer(() -> {
            Delete<M> delete = Delete.one(model);
            return hooks.beforeDelete(model)
                    .then(Mono.defer(() -> delete.exec(db)))
                    .flatMap(n -> {
                        ModelAccess.get().setPersisted(model, false);
                        return hooks.afterDelete(model).thenReturn(n);
                    });
        });
    }

    /** Cascade delete of {@code model}'s row in one transaction; see {@link ActiveModel#cascadeDelete}. */
    public static <M> Mono<Long> cascadeDelete(ActiveModel<M, ?> model, DbConn db) {
        Objects.requireNonNull(model, "model");
        return Mono.defer(() -> {
            var key = Update.keyCondition(model, "DeleteOne");
            return db.transactionMono(tx -> CascadeDelete.where(tx, model.meta(), key))
                    .doOnNext(n -> ModelAccess.get().setPersisted(model, false));
        });
    }
}
