package dev.tideorm.codegen.fixture;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.json.JsonText;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.core.save.Writes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Change-tracking active model of {@link Recipe}: every setter marks its field {@code Set}.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class RecipeActiveModel extends ActiveModel<Recipe, RecipeActiveModel> {
    /**
     * An empty active model: every field {@code NotSet}.
     */
    public RecipeActiveModel() {
        super(Recipe_.ENTITY);
    }

    /**
     * An empty active model to chain setters on.
     */
    public static RecipeActiveModel builder() {
        return new RecipeActiveModel();
    }

    @Override
    public Mono<RecipeActiveModel> save(DbConn db) {
        return Writes.save(this, db);
    }

    @Override
    public Mono<Recipe> insert(DbConn db) {
        return Writes.insert(this, db);
    }

    @Override
    public Mono<Recipe> update(DbConn db) {
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
    public static Flux<RecipeActiveModel> saveAll(DbConn db, List<RecipeActiveModel> models) {
        return Writes.saveAll(db, models);
    }

    /**
     * The active model of a loaded record: every column {@code Unchanged}, loaded relations kept.
     */
    public static RecipeActiveModel from(Recipe model) {
        return (RecipeActiveModel) Recipe_.ENTITY.toActiveModel(model);
    }

    /**
     * Sets {@code id}: {@code Set(value)}.
     */
    public RecipeActiveModel setId(long id) {
        return set(Recipe_.ID, id);
    }

    /**
     * Sets {@code id} unless it is {@code Unchanged} with an equal value.
     */
    public RecipeActiveModel setIdIfNotEqual(long id) {
        return setIfNotEqual(Recipe_.ID, id);
    }

    /**
     * The state of {@code id}.
     */
    public ActiveValue<Long> id() {
        return get(Recipe_.ID);
    }

    /**
     * Sets {@code notes}: {@code Set(value)}.
     */
    public RecipeActiveModel setNotes(JsonText notes) {
        return set(Recipe_.NOTES, notes);
    }

    /**
     * Sets {@code notes} unless it is {@code Unchanged} with an equal value.
     */
    public RecipeActiveModel setNotesIfNotEqual(JsonText notes) {
        return setIfNotEqual(Recipe_.NOTES, notes);
    }

    /**
     * The state of {@code notes}.
     */
    public ActiveValue<JsonText> notes() {
        return get(Recipe_.NOTES);
    }

    /**
     * Sets {@code oven}: {@code Set(value)}.
     */
    public RecipeActiveModel setOven(Recipe.Oven oven) {
        return set(Recipe_.OVEN, oven);
    }

    /**
     * Sets {@code oven} unless it is {@code Unchanged} with an equal value.
     */
    public RecipeActiveModel setOvenIfNotEqual(Recipe.Oven oven) {
        return setIfNotEqual(Recipe_.OVEN, oven);
    }

    /**
     * The state of {@code oven}.
     */
    public ActiveValue<Recipe.Oven> oven() {
        return get(Recipe_.OVEN);
    }

    /**
     * Sets {@code steps}: {@code Set(value)}.
     */
    public RecipeActiveModel setSteps(List<Recipe.Step> steps) {
        return set(Recipe_.STEPS, steps);
    }

    /**
     * Sets {@code steps} unless it is {@code Unchanged} with an equal value.
     */
    public RecipeActiveModel setStepsIfNotEqual(List<Recipe.Step> steps) {
        return setIfNotEqual(Recipe_.STEPS, steps);
    }

    /**
     * The state of {@code steps}.
     */
    public ActiveValue<List<Recipe.Step>> steps() {
        return get(Recipe_.STEPS);
    }

    /**
     * Sets {@code extra}: {@code Set(value)}.
     */
    public RecipeActiveModel setExtra(@Nullable Map<String, Object> extra) {
        return set(Recipe_.EXTRA, extra);
    }

    /**
     * Sets {@code extra} unless it is {@code Unchanged} with an equal value.
     */
    public RecipeActiveModel setExtraIfNotEqual(@Nullable Map<String, Object> extra) {
        return setIfNotEqual(Recipe_.EXTRA, extra);
    }

    /**
     * The state of {@code extra}.
     */
    public ActiveValue<Map<String, Object>> extra() {
        return get(Recipe_.EXTRA);
    }

    /**
     * Sets {@code price}: {@code Set(value)}.
     */
    public RecipeActiveModel setPrice(Recipe.Price price) {
        return set(Recipe_.PRICE, price);
    }

    /**
     * Sets {@code price} unless it is {@code Unchanged} with an equal value.
     */
    public RecipeActiveModel setPriceIfNotEqual(Recipe.Price price) {
        return setIfNotEqual(Recipe_.PRICE, price);
    }

    /**
     * The state of {@code price}.
     */
    public ActiveValue<Recipe.Price> price() {
        return get(Recipe_.PRICE);
    }

    /**
     * Sets {@code fat}: {@code Set(value)}.
     */
    public RecipeActiveModel setFat(double fat) {
        return set(Recipe_.FAT, fat);
    }

    /**
     * Sets {@code fat} unless it is {@code Unchanged} with an equal value.
     */
    public RecipeActiveModel setFatIfNotEqual(double fat) {
        return setIfNotEqual(Recipe_.FAT, fat);
    }

    /**
     * The state of {@code fat}.
     */
    public ActiveValue<Double> fat() {
        return get(Recipe_.FAT);
    }

    /**
     * Sets {@code bakedOn}: {@code Set(value)}.
     */
    public RecipeActiveModel setBakedOn(@Nullable LocalDate bakedOn) {
        return set(Recipe_.BAKED_ON, bakedOn);
    }

    /**
     * Sets {@code bakedOn} unless it is {@code Unchanged} with an equal value.
     */
    public RecipeActiveModel setBakedOnIfNotEqual(@Nullable LocalDate bakedOn) {
        return setIfNotEqual(Recipe_.BAKED_ON, bakedOn);
    }

    /**
     * The state of {@code bakedOn}.
     */
    public ActiveValue<LocalDate> bakedOn() {
        return get(Recipe_.BAKED_ON);
    }

    /**
     * Sets {@code tags}: {@code Set(value)}.
     */
    public RecipeActiveModel setTags(List<String> tags) {
        return set(Recipe_.TAGS, tags);
    }

    /**
     * Sets {@code tags} unless it is {@code Unchanged} with an equal value.
     */
    public RecipeActiveModel setTagsIfNotEqual(List<String> tags) {
        return setIfNotEqual(Recipe_.TAGS, tags);
    }

    /**
     * The state of {@code tags}.
     */
    public ActiveValue<List<String>> tags() {
        return get(Recipe_.TAGS);
    }
}
