package dev.tideorm.codegen.fixture;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.model.ActiveMany;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.core.save.Writes;
import java.util.List;
import javax.annotation.processing.Generated;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Change-tracking active model of {@link Filling}: every setter marks its field {@code Set}.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class FillingActiveModel extends ActiveModel<Filling, FillingActiveModel> {
    /**
     * An empty active model: every field {@code NotSet}.
     */
    public FillingActiveModel() {
        super(Filling_.ENTITY);
    }

    /**
     * An empty active model to chain setters on.
     */
    public static FillingActiveModel builder() {
        return new FillingActiveModel();
    }

    @Override
    public Mono<FillingActiveModel> save(DbConn db) {
        return Writes.save(this, db);
    }

    @Override
    public Mono<Filling> insert(DbConn db) {
        return Writes.insert(this, db);
    }

    @Override
    public Mono<Filling> update(DbConn db) {
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
    public static Flux<FillingActiveModel> saveAll(DbConn db, List<FillingActiveModel> models) {
        return Writes.saveAll(db, models);
    }

    /**
     * The active model of a loaded record: every column {@code Unchanged}, loaded relations kept.
     */
    public static FillingActiveModel from(Filling model) {
        return (FillingActiveModel) Filling_.ENTITY.toActiveModel(model);
    }

    /**
     * Sets {@code id}: {@code Set(value)}.
     */
    public FillingActiveModel setId(int id) {
        return set(Filling_.ID, id);
    }

    /**
     * Sets {@code id} unless it is {@code Unchanged} with an equal value.
     */
    public FillingActiveModel setIdIfNotEqual(int id) {
        return setIfNotEqual(Filling_.ID, id);
    }

    /**
     * The state of {@code id}.
     */
    public ActiveValue<Integer> id() {
        return get(Filling_.ID);
    }

    /**
     * Sets {@code name}: {@code Set(value)}.
     */
    public FillingActiveModel setName(String name) {
        return set(Filling_.NAME, name);
    }

    /**
     * Sets {@code name} unless it is {@code Unchanged} with an equal value.
     */
    public FillingActiveModel setNameIfNotEqual(String name) {
        return setIfNotEqual(Filling_.NAME, name);
    }

    /**
     * The state of {@code name}.
     */
    public ActiveValue<String> name() {
        return get(Filling_.NAME);
    }

    /**
     * Sets {@code sku}: {@code Set(value)}.
     */
    public FillingActiveModel setSku(Sku sku) {
        return set(Filling_.SKU, sku);
    }

    /**
     * Sets {@code sku} unless it is {@code Unchanged} with an equal value.
     */
    public FillingActiveModel setSkuIfNotEqual(Sku sku) {
        return setIfNotEqual(Filling_.SKU, sku);
    }

    /**
     * The state of {@code sku}.
     */
    public ActiveValue<Sku> sku() {
        return get(Filling_.SKU);
    }

    /**
     * Appends to {@code cakes} ({@code NotSet} becomes {@code Append}).
     */
    public FillingActiveModel addCake(CakeActiveModel cake) {
        return addRelated(Filling_.CAKES, cake);
    }

    /**
     * Unlinks one persisted {@code cakes} on save: its junction row is deleted, the row itself stays.
     */
    public FillingActiveModel removeCake(CakeActiveModel cake) {
        return removeRelated(Filling_.CAKES, cake);
    }

    /**
     * Makes {@code cakes} exactly these ({@code Replace}): others are deleted, orphaned or unlinked on save.
     */
    public FillingActiveModel replaceCakes(List<CakeActiveModel> cakes) {
        return replaceAll(Filling_.CAKES, cakes);
    }

    /**
     * The state of {@code cakes}.
     */
    public ActiveMany<Cake> cakes() {
        return many(Filling_.CAKES);
    }
}
