package dev.tideorm.codegen.fixture;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.json.JsonText;
import dev.tideorm.core.model.ActiveMany;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.core.save.Writes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Change-tracking active model of {@link Bakery}: every setter marks its field {@code Set}.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class BakeryActiveModel extends ActiveModel<Bakery, BakeryActiveModel> {
    /**
     * An empty active model: every field {@code NotSet}.
     */
    public BakeryActiveModel() {
        super(Bakery_.ENTITY);
    }

    /**
     * An empty active model to chain setters on.
     */
    public static BakeryActiveModel builder() {
        return new BakeryActiveModel();
    }

    @Override
    public Mono<BakeryActiveModel> save(DbConn db) {
        return Writes.save(this, db);
    }

    @Override
    public Mono<Bakery> insert(DbConn db) {
        return Writes.insert(this, db);
    }

    @Override
    public Mono<Bakery> update(DbConn db) {
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
    public static Flux<BakeryActiveModel> saveAll(DbConn db, List<BakeryActiveModel> models) {
        return Writes.saveAll(db, models);
    }

    /**
     * The active model of a loaded record: every column {@code Unchanged}, loaded relations kept.
     */
    public static BakeryActiveModel from(Bakery model) {
        return (BakeryActiveModel) Bakery_.ENTITY.toActiveModel(model);
    }

    /**
     * Sets {@code id}: {@code Set(value)}.
     */
    public BakeryActiveModel setId(long id) {
        return set(Bakery_.ID, id);
    }

    /**
     * Sets {@code id} unless it is {@code Unchanged} with an equal value.
     */
    public BakeryActiveModel setIdIfNotEqual(long id) {
        return setIfNotEqual(Bakery_.ID, id);
    }

    /**
     * The state of {@code id}.
     */
    public ActiveValue<Long> id() {
        return get(Bakery_.ID);
    }

    /**
     * Sets {@code name}: {@code Set(value)}.
     */
    public BakeryActiveModel setName(String name) {
        return set(Bakery_.NAME, name);
    }

    /**
     * Sets {@code name} unless it is {@code Unchanged} with an equal value.
     */
    public BakeryActiveModel setNameIfNotEqual(String name) {
        return setIfNotEqual(Bakery_.NAME, name);
    }

    /**
     * The state of {@code name}.
     */
    public ActiveValue<String> name() {
        return get(Bakery_.NAME);
    }

    /**
     * Sets {@code city}: {@code Set(value)}.
     */
    public BakeryActiveModel setCity(String city) {
        return set(Bakery_.CITY, city);
    }

    /**
     * Sets {@code city} unless it is {@code Unchanged} with an equal value.
     */
    public BakeryActiveModel setCityIfNotEqual(String city) {
        return setIfNotEqual(Bakery_.CITY, city);
    }

    /**
     * The state of {@code city}.
     */
    public ActiveValue<String> city() {
        return get(Bakery_.CITY);
    }

    /**
     * Sets {@code street}: {@code Set(value)}.
     */
    public BakeryActiveModel setStreet(String street) {
        return set(Bakery_.STREET, street);
    }

    /**
     * Sets {@code street} unless it is {@code Unchanged} with an equal value.
     */
    public BakeryActiveModel setStreetIfNotEqual(String street) {
        return setIfNotEqual(Bakery_.STREET, street);
    }

    /**
     * The state of {@code street}.
     */
    public ActiveValue<String> street() {
        return get(Bakery_.STREET);
    }

    /**
     * Sets {@code profile}: {@code Set(value)}.
     */
    public BakeryActiveModel setProfile(String profile) {
        return set(Bakery_.PROFILE, profile);
    }

    /**
     * Sets {@code profile} unless it is {@code Unchanged} with an equal value.
     */
    public BakeryActiveModel setProfileIfNotEqual(String profile) {
        return setIfNotEqual(Bakery_.PROFILE, profile);
    }

    /**
     * The state of {@code profile}.
     */
    public ActiveValue<String> profile() {
        return get(Bakery_.PROFILE);
    }

    /**
     * Sets {@code openedAt}: {@code Set(value)}.
     */
    public BakeryActiveModel setOpenedAt(Instant openedAt) {
        return set(Bakery_.OPENED_AT, openedAt);
    }

    /**
     * Sets {@code openedAt} unless it is {@code Unchanged} with an equal value.
     */
    public BakeryActiveModel setOpenedAtIfNotEqual(Instant openedAt) {
        return setIfNotEqual(Bakery_.OPENED_AT, openedAt);
    }

    /**
     * The state of {@code openedAt}.
     */
    public ActiveValue<Instant> openedAt() {
        return get(Bakery_.OPENED_AT);
    }

    /**
     * Sets {@code status}: {@code Set(value)}.
     */
    public BakeryActiveModel setStatus(Status status) {
        return set(Bakery_.STATUS, status);
    }

    /**
     * Sets {@code status} unless it is {@code Unchanged} with an equal value.
     */
    public BakeryActiveModel setStatusIfNotEqual(Status status) {
        return setIfNotEqual(Bakery_.STATUS, status);
    }

    /**
     * The state of {@code status}.
     */
    public ActiveValue<Status> status() {
        return get(Bakery_.STATUS);
    }

    /**
     * Sets {@code token}: {@code Set(value)}.
     */
    public BakeryActiveModel setToken(UUID token) {
        return set(Bakery_.TOKEN, token);
    }

    /**
     * Sets {@code token} unless it is {@code Unchanged} with an equal value.
     */
    public BakeryActiveModel setTokenIfNotEqual(UUID token) {
        return setIfNotEqual(Bakery_.TOKEN, token);
    }

    /**
     * The state of {@code token}.
     */
    public ActiveValue<UUID> token() {
        return get(Bakery_.TOKEN);
    }

    /**
     * Sets {@code photo}: {@code Set(value)}.
     */
    public BakeryActiveModel setPhoto(byte[] photo) {
        return set(Bakery_.PHOTO, photo);
    }

    /**
     * Sets {@code photo} unless it is {@code Unchanged} with an equal value.
     */
    public BakeryActiveModel setPhotoIfNotEqual(byte[] photo) {
        return setIfNotEqual(Bakery_.PHOTO, photo);
    }

    /**
     * The state of {@code photo}.
     */
    public ActiveValue<byte[]> photo() {
        return get(Bakery_.PHOTO);
    }

    /**
     * Sets {@code menu}: {@code Set(value)}.
     */
    public BakeryActiveModel setMenu(@Nullable JsonText menu) {
        return set(Bakery_.MENU, menu);
    }

    /**
     * Sets {@code menu} unless it is {@code Unchanged} with an equal value.
     */
    public BakeryActiveModel setMenuIfNotEqual(@Nullable JsonText menu) {
        return setIfNotEqual(Bakery_.MENU, menu);
    }

    /**
     * The state of {@code menu}.
     */
    public ActiveValue<JsonText> menu() {
        return get(Bakery_.MENU);
    }

    /**
     * Appends to {@code cakes} ({@code NotSet} becomes {@code Append}).
     */
    public BakeryActiveModel addCake(CakeActiveModel cake) {
        return addRelated(Bakery_.CAKES, cake);
    }

    /**
     * Removes one persisted child from {@code cakes} on save: deleted, or orphaned (foreign key set to NULL) where the foreign key is nullable.
     */
    public BakeryActiveModel removeCake(CakeActiveModel cake) {
        return removeRelated(Bakery_.CAKES, cake);
    }

    /**
     * Makes {@code cakes} exactly these ({@code Replace}): others are deleted, orphaned or unlinked on save.
     */
    public BakeryActiveModel replaceCakes(List<CakeActiveModel> cakes) {
        return replaceAll(Bakery_.CAKES, cakes);
    }

    /**
     * The state of {@code cakes}.
     */
    public ActiveMany<Cake> cakes() {
        return many(Bakery_.CAKES);
    }
}
