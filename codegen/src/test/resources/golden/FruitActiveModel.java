package dev.tideorm.codegen.fixture;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveOne;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.core.save.Writes;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Change-tracking active model of {@link Fruit}: every setter marks its field {@code Set}.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class FruitActiveModel extends ActiveModel<Fruit, FruitActiveModel> {
    /**
     * An empty active model: every field {@code NotSet}.
     */
    public FruitActiveModel() {
        super(Fruit_.ENTITY);
    }

    /**
     * An empty active model to chain setters on.
     */
    public static FruitActiveModel builder() {
        return new FruitActiveModel();
    }

    @Override
    public Mono<FruitActiveModel> save(DbConn db) {
        return Writes.save(this, db);
    }

    @Override
    public Mono<Fruit> insert(DbConn db) {
        return Writes.insert(this, db);
    }

    @Override
    public Mono<Fruit> update(DbConn db) {
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
    public static Flux<FruitActiveModel> saveAll(DbConn db, List<FruitActiveModel> models) {
        return Writes.saveAll(db, models);
    }

    /**
     * The active model of a loaded record: every column {@code Unchanged}, loaded relations kept.
     */
    public static FruitActiveModel from(Fruit model) {
        return (FruitActiveModel) Fruit_.ENTITY.toActiveModel(model);
    }

    /**
     * Sets {@code id}: {@code Set(value)}.
     */
    public FruitActiveModel setId(Integer id) {
        return set(Fruit_.ID, id);
    }

    /**
     * Sets {@code id} unless it is {@code Unchanged} with an equal value.
     */
    public FruitActiveModel setIdIfNotEqual(Integer id) {
        return setIfNotEqual(Fruit_.ID, id);
    }

    /**
     * The state of {@code id}.
     */
    public ActiveValue<Integer> id() {
        return get(Fruit_.ID);
    }

    /**
     * Sets {@code name}: {@code Set(value)}.
     */
    public FruitActiveModel setName(String name) {
        return set(Fruit_.NAME, name);
    }

    /**
     * Sets {@code name} unless it is {@code Unchanged} with an equal value.
     */
    public FruitActiveModel setNameIfNotEqual(String name) {
        return setIfNotEqual(Fruit_.NAME, name);
    }

    /**
     * The state of {@code name}.
     */
    public ActiveValue<String> name() {
        return get(Fruit_.NAME);
    }

    /**
     * Sets {@code cakeId}: {@code Set(value)}.
     */
    public FruitActiveModel setCakeId(@Nullable Long cakeId) {
        return set(Fruit_.CAKE_ID, cakeId);
    }

    /**
     * Sets {@code cakeId} unless it is {@code Unchanged} with an equal value.
     */
    public FruitActiveModel setCakeIdIfNotEqual(@Nullable Long cakeId) {
        return setIfNotEqual(Fruit_.CAKE_ID, cakeId);
    }

    /**
     * The state of {@code cakeId}.
     */
    public ActiveValue<Long> cakeId() {
        return get(Fruit_.CAKE_ID);
    }

    /**
     * Sets {@code cake}: saved with this model and linked to it.
     */
    public FruitActiveModel setCake(CakeActiveModel cake) {
        return setRelated(Fruit_.CAKE, cake);
    }

    /**
     * Detaches {@code cake} ({@code Set(null)}); see {@code ActiveModel.clearRelated}.
     */
    public FruitActiveModel clearCake() {
        return clearRelated(Fruit_.CAKE);
    }

    /**
     * The state of {@code cake}.
     */
    public ActiveOne<Cake> cake() {
        return one(Fruit_.CAKE);
    }
}
