package dev.tideorm.codegen.fixture;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveOne;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.core.save.Writes;
import java.util.List;
import javax.annotation.processing.Generated;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Change-tracking active model of {@link CakeFilling}: every setter marks its field {@code Set}.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class CakeFillingActiveModel extends ActiveModel<CakeFilling, CakeFillingActiveModel> {
    /**
     * An empty active model: every field {@code NotSet}.
     */
    public CakeFillingActiveModel() {
        super(CakeFilling_.ENTITY);
    }

    /**
     * An empty active model to chain setters on.
     */
    public static CakeFillingActiveModel builder() {
        return new CakeFillingActiveModel();
    }

    @Override
    public Mono<CakeFillingActiveModel> save(DbConn db) {
        return Writes.save(this, db);
    }

    @Override
    public Mono<CakeFilling> insert(DbConn db) {
        return Writes.insert(this, db);
    }

    @Override
    public Mono<CakeFilling> update(DbConn db) {
        return Writes.update(this, db);
    }

    @Override
    public Mono<Long> delete(DbConn db) {
        return Writes.delete(this, db);
    }

    @Override
    public Mono<Long> cascadeDelete(DbConn db) {
        return Writes.cascadeDelete(this, db);
    }

    /**
     * Saves every model's graph in one transaction, rows of all graphs batched together; emits the models in input order once committed. See {@code save}.
     */
    public static Flux<CakeFillingActiveModel> saveAll(DbConn db,
            List<CakeFillingActiveModel> models) {
        return Writes.saveAll(db, models);
    }

    /**
     * The active model of a loaded record: every column {@code Unchanged}, loaded relations kept.
     */
    public static CakeFillingActiveModel from(CakeFilling model) {
        return (CakeFillingActiveModel) CakeFilling_.ENTITY.toActiveModel(model);
    }

    /**
     * Sets {@code cakeId}: {@code Set(value)}.
     */
    public CakeFillingActiveModel setCakeId(Long cakeId) {
        return set(CakeFilling_.CAKE_ID, cakeId);
    }

    /**
     * Sets {@code cakeId} unless it is {@code Unchanged} with an equal value.
     */
    public CakeFillingActiveModel setCakeIdIfNotEqual(Long cakeId) {
        return setIfNotEqual(CakeFilling_.CAKE_ID, cakeId);
    }

    /**
     * The state of {@code cakeId}.
     */
    public ActiveValue<Long> cakeId() {
        return get(CakeFilling_.CAKE_ID);
    }

    /**
     * Sets {@code fillingId}: {@code Set(value)}.
     */
    public CakeFillingActiveModel setFillingId(Integer fillingId) {
        return set(CakeFilling_.FILLING_ID, fillingId);
    }

    /**
     * Sets {@code fillingId} unless it is {@code Unchanged} with an equal value.
     */
    public CakeFillingActiveModel setFillingIdIfNotEqual(Integer fillingId) {
        return setIfNotEqual(CakeFilling_.FILLING_ID, fillingId);
    }

    /**
     * The state of {@code fillingId}.
     */
    public ActiveValue<Integer> fillingId() {
        return get(CakeFilling_.FILLING_ID);
    }

    /**
     * Sets {@code cake}: saved with this model and linked to it.
     */
    public CakeFillingActiveModel setCake(CakeActiveModel cake) {
        return setRelated(CakeFilling_.CAKE, cake);
    }

    /**
     * The state of {@code cake}.
     */
    public ActiveOne<Cake> cake() {
        return one(CakeFilling_.CAKE);
    }

    /**
     * Sets {@code filling}: saved with this model and linked to it.
     */
    public CakeFillingActiveModel setFilling(FillingActiveModel filling) {
        return setRelated(CakeFilling_.FILLING, filling);
    }

    /**
     * The state of {@code filling}.
     */
    public ActiveOne<Filling> filling() {
        return one(CakeFilling_.FILLING);
    }
}
