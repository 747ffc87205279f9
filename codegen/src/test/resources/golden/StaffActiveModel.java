package dev.tideorm.codegen.fixture;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.model.ActiveMany;
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
 * Change-tracking active model of {@link Staff}: every setter marks its field {@code Set}.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class StaffActiveModel extends ActiveModel<Staff, StaffActiveModel> {
    /**
     * An empty active model: every field {@code NotSet}.
     */
    public StaffActiveModel() {
        super(Staff_.ENTITY);
    }

    /**
     * An empty active model to chain setters on.
     */
    public static StaffActiveModel builder() {
        return new StaffActiveModel();
    }

    @Override
    public Mono<StaffActiveModel> save(DbConn db) {
        return Writes.save(this, db);
    }

    @Override
    public Mono<Staff> insert(DbConn db) {
        return Writes.insert(this, db);
    }

    @Override
    public Mono<Staff> update(DbConn db) {
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
    public static Flux<StaffActiveModel> saveAll(DbConn db, List<StaffActiveModel> models) {
        return Writes.saveAll(db, models);
    }

    /**
     * The active model of a loaded record: every column {@code Unchanged}, loaded relations kept.
     */
    public static StaffActiveModel from(Staff model) {
        return (StaffActiveModel) Staff_.ENTITY.toActiveModel(model);
    }

    /**
     * Sets {@code id}: {@code Set(value)}.
     */
    public StaffActiveModel setId(Integer id) {
        return set(Staff_.ID, id);
    }

    /**
     * Sets {@code id} unless it is {@code Unchanged} with an equal value.
     */
    public StaffActiveModel setIdIfNotEqual(Integer id) {
        return setIfNotEqual(Staff_.ID, id);
    }

    /**
     * The state of {@code id}.
     */
    public ActiveValue<Integer> id() {
        return get(Staff_.ID);
    }

    /**
     * Sets {@code name}: {@code Set(value)}.
     */
    public StaffActiveModel setName(String name) {
        return set(Staff_.NAME, name);
    }

    /**
     * Sets {@code name} unless it is {@code Unchanged} with an equal value.
     */
    public StaffActiveModel setNameIfNotEqual(String name) {
        return setIfNotEqual(Staff_.NAME, name);
    }

    /**
     * The state of {@code name}.
     */
    public ActiveValue<String> name() {
        return get(Staff_.NAME);
    }

    /**
     * Sets {@code reportsToId}: {@code Set(value)}.
     */
    public StaffActiveModel setReportsToId(@Nullable Integer reportsToId) {
        return set(Staff_.REPORTS_TO_ID, reportsToId);
    }

    /**
     * Sets {@code reportsToId} unless it is {@code Unchanged} with an equal value.
     */
    public StaffActiveModel setReportsToIdIfNotEqual(@Nullable Integer reportsToId) {
        return setIfNotEqual(Staff_.REPORTS_TO_ID, reportsToId);
    }

    /**
     * The state of {@code reportsToId}.
     */
    public ActiveValue<Integer> reportsToId() {
        return get(Staff_.REPORTS_TO_ID);
    }

    /**
     * Sets {@code mentorId}: {@code Set(value)}.
     */
    public StaffActiveModel setMentorId(@Nullable Integer mentorId) {
        return set(Staff_.MENTOR_ID, mentorId);
    }

    /**
     * Sets {@code mentorId} unless it is {@code Unchanged} with an equal value.
     */
    public StaffActiveModel setMentorIdIfNotEqual(@Nullable Integer mentorId) {
        return setIfNotEqual(Staff_.MENTOR_ID, mentorId);
    }

    /**
     * The state of {@code mentorId}.
     */
    public ActiveValue<Integer> mentorId() {
        return get(Staff_.MENTOR_ID);
    }

    /**
     * Sets {@code reportsTo}: saved with this model and linked to it.
     */
    public StaffActiveModel setReportsTo(StaffActiveModel reportsTo) {
        return setRelated(Staff_.REPORTS_TO, reportsTo);
    }

    /**
     * Detaches {@code reportsTo} ({@code Set(null)}); see {@code ActiveModel.clearRelated}.
     */
    public StaffActiveModel clearReportsTo() {
        return clearRelated(Staff_.REPORTS_TO);
    }

    /**
     * The state of {@code reportsTo}.
     */
    public ActiveOne<Staff> reportsTo() {
        return one(Staff_.REPORTS_TO);
    }

    /**
     * Sets {@code mentor}: saved with this model and linked to it.
     */
    public StaffActiveModel setMentor(StaffActiveModel mentor) {
        return setRelated(Staff_.MENTOR, mentor);
    }

    /**
     * Detaches {@code mentor} ({@code Set(null)}); see {@code ActiveModel.clearRelated}.
     */
    public StaffActiveModel clearMentor() {
        return clearRelated(Staff_.MENTOR);
    }

    /**
     * The state of {@code mentor}.
     */
    public ActiveOne<Staff> mentor() {
        return one(Staff_.MENTOR);
    }

    /**
     * Appends to {@code manages} ({@code NotSet} becomes {@code Append}).
     */
    public StaffActiveModel addManage(StaffActiveModel manage) {
        return addRelated(Staff_.MANAGES, manage);
    }

    /**
     * Removes one persisted child from {@code manages} on save: deleted, or orphaned (foreign key set to NULL) where the foreign key is nullable.
     */
    public StaffActiveModel removeManage(StaffActiveModel manage) {
        return removeRelated(Staff_.MANAGES, manage);
    }

    /**
     * Makes {@code manages} exactly these ({@code Replace}): others are deleted, orphaned or unlinked on save.
     */
    public StaffActiveModel replaceManages(List<StaffActiveModel> manages) {
        return replaceAll(Staff_.MANAGES, manages);
    }

    /**
     * The state of {@code manages}.
     */
    public ActiveMany<Staff> manages() {
        return many(Staff_.MANAGES);
    }

    /**
     * Appends to {@code mentees} ({@code NotSet} becomes {@code Append}).
     */
    public StaffActiveModel addMentee(StaffActiveModel mentee) {
        return addRelated(Staff_.MENTEES, mentee);
    }

    /**
     * Removes one persisted child from {@code mentees} on save: deleted, or orphaned (foreign key set to NULL) where the foreign key is nullable.
     */
    public StaffActiveModel removeMentee(StaffActiveModel mentee) {
        return removeRelated(Staff_.MENTEES, mentee);
    }

    /**
     * Makes {@code mentees} exactly these ({@code Replace}): others are deleted, orphaned or unlinked on save.
     */
    public StaffActiveModel replaceMentees(List<StaffActiveModel> mentees) {
        return replaceAll(Staff_.MENTEES, mentees);
    }

    /**
     * The state of {@code mentees}.
     */
    public ActiveMany<Staff> mentees() {
        return many(Staff_.MENTEES);
    }
}
