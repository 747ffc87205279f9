package dev.tideorm.codegen.fixture;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.model.ActiveMany;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveOne;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.core.save.Writes;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Change-tracking active model of {@link Cake}: every setter marks its field {@code Set}.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class CakeActiveModel extends ActiveModel<Cake, CakeActiveModel> {
    /**
     * An empty active model: every field {@code NotSet}.
     */
    public CakeActiveModel() {
        super(Cake_.ENTITY);
    }

    /**
     * An empty active model to chain setters on.
     */
    public static CakeActiveModel builder() {
        return new CakeActiveModel();
    }

    @Override
    public Mono<CakeActiveModel> save(DbConn db) {
        return Writes.save(this, db);
    }

    @Override
    public Mono<Cake> insert(DbConn db) {
        return Writes.insert(this, db);
    }

    @Override
    public Mono<Cake> update(DbConn db) {
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
    public static Flux<CakeActiveModel> saveAll(DbConn db, List<CakeActiveModel> models) {
        return Writes.saveAll(db, models);
    }

    /**
     * The active model of a loaded record: every column {@code Unchanged}, loaded relations kept.
     */
    public static CakeActiveModel from(Cake model) {
        return (CakeActiveModel) Cake_.ENTITY.toActiveModel(model);
    }

    /**
     * Sets {@code id}: {@code Set(value)}.
     */
    public CakeActiveModel setId(Long id) {
        return set(Cake_.ID, id);
    }

    /**
     * Sets {@code id} unless it is {@code Unchanged} with an equal value.
     */
    public CakeActiveModel setIdIfNotEqual(Long id) {
        return setIfNotEqual(Cake_.ID, id);
    }

    /**
     * The state of {@code id}.
     */
    public ActiveValue<Long> id() {
        return get(Cake_.ID);
    }

    /**
     * Sets {@code name}: {@code Set(value)}.
     */
    public CakeActiveModel setName(String name) {
        return set(Cake_.NAME, name);
    }

    /**
     * Sets {@code name} unless it is {@code Unchanged} with an equal value.
     */
    public CakeActiveModel setNameIfNotEqual(String name) {
        return setIfNotEqual(Cake_.NAME, name);
    }

    /**
     * The state of {@code name}.
     */
    public ActiveValue<String> name() {
        return get(Cake_.NAME);
    }

    /**
     * Sets {@code price}: {@code Set(value)}.
     */
    public CakeActiveModel setPrice(@Nullable BigDecimal price) {
        return set(Cake_.PRICE, price);
    }

    /**
     * Sets {@code price} unless it is {@code Unchanged} with an equal value.
     */
    public CakeActiveModel setPriceIfNotEqual(@Nullable BigDecimal price) {
        return setIfNotEqual(Cake_.PRICE, price);
    }

    /**
     * The state of {@code price}.
     */
    public ActiveValue<BigDecimal> price() {
        return get(Cake_.PRICE);
    }

    /**
     * Sets {@code flavor}: {@code Set(value)}.
     */
    public CakeActiveModel setFlavor(Flavor flavor) {
        return set(Cake_.FLAVOR, flavor);
    }

    /**
     * Sets {@code flavor} unless it is {@code Unchanged} with an equal value.
     */
    public CakeActiveModel setFlavorIfNotEqual(Flavor flavor) {
        return setIfNotEqual(Cake_.FLAVOR, flavor);
    }

    /**
     * The state of {@code flavor}.
     */
    public ActiveValue<Flavor> flavor() {
        return get(Cake_.FLAVOR);
    }

    /**
     * Sets {@code available}: {@code Set(value)}.
     */
    public CakeActiveModel setAvailable(boolean available) {
        return set(Cake_.AVAILABLE, available);
    }

    /**
     * Sets {@code available} unless it is {@code Unchanged} with an equal value.
     */
    public CakeActiveModel setAvailableIfNotEqual(boolean available) {
        return setIfNotEqual(Cake_.AVAILABLE, available);
    }

    /**
     * The state of {@code available}.
     */
    public ActiveValue<Boolean> available() {
        return get(Cake_.AVAILABLE);
    }

    /**
     * Sets {@code bakeryId}: {@code Set(value)}.
     */
    public CakeActiveModel setBakeryId(@Nullable Integer bakeryId) {
        return set(Cake_.BAKERY_ID, bakeryId);
    }

    /**
     * Sets {@code bakeryId} unless it is {@code Unchanged} with an equal value.
     */
    public CakeActiveModel setBakeryIdIfNotEqual(@Nullable Integer bakeryId) {
        return setIfNotEqual(Cake_.BAKERY_ID, bakeryId);
    }

    /**
     * The state of {@code bakeryId}.
     */
    public ActiveValue<Integer> bakeryId() {
        return get(Cake_.BAKERY_ID);
    }

    /**
     * Sets {@code bakery}: saved with this model and linked to it.
     */
    public CakeActiveModel setBakery(BakeryActiveModel bakery) {
        return setRelated(Cake_.BAKERY, bakery);
    }

    /**
     * Detaches {@code bakery} ({@code Set(null)}); see {@code ActiveModel.clearRelated}.
     */
    public CakeActiveModel clearBakery() {
        return clearRelated(Cake_.BAKERY);
    }

    /**
     * The state of {@code bakery}.
     */
    public ActiveOne<Bakery> bakery() {
        return one(Cake_.BAKERY);
    }

    /**
     * Appends to {@code fruits} ({@code NotSet} becomes {@code Append}).
     */
    public CakeActiveModel addFruit(FruitActiveModel fruit) {
        return addRelated(Cake_.FRUITS, fruit);
    }

    /**
     * Removes one persisted child from {@code fruits} on save: deleted, or orphaned (foreign key set to NULL) where the foreign key is nullable.
     */
    public CakeActiveModel removeFruit(FruitActiveModel fruit) {
        return removeRelated(Cake_.FRUITS, fruit);
    }

    /**
     * Makes {@code fruits} exactly these ({@code Replace}): others are deleted, orphaned or unlinked on save.
     */
    public CakeActiveModel replaceFruits(List<FruitActiveModel> fruits) {
        return replaceAll(Cake_.FRUITS, fruits);
    }

    /**
     * The state of {@code fruits}.
     */
    public ActiveMany<Fruit> fruits() {
        return many(Cake_.FRUITS);
    }

    /**
     * Appends to {@code fillings} ({@code NotSet} becomes {@code Append}).
     */
    public CakeActiveModel addFilling(FillingActiveModel filling) {
        return addRelated(Cake_.FILLINGS, filling);
    }

    /**
     * Unlinks one persisted {@code fillings} on save: its junction row is deleted, the row itself stays.
     */
    public CakeActiveModel removeFilling(FillingActiveModel filling) {
        return removeRelated(Cake_.FILLINGS, filling);
    }

    /**
     * Makes {@code fillings} exactly these ({@code Replace}): others are deleted, orphaned or unlinked on save.
     */
    public CakeActiveModel replaceFillings(List<FillingActiveModel> fillings) {
        return replaceAll(Cake_.FILLINGS, fillings);
    }

    /**
     * The state of {@code fillings}.
     */
    public ActiveMany<Filling> fillings() {
        return many(Cake_.FILLINGS);
    }
}
