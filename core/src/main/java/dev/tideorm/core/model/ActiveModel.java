package dev.tideorm.core.model;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.AttrNotSetException;
import dev.tideorm.core.internal.ModelAccess;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A mutable, change-tracking view of one row (SeaORM's {@code ActiveModel}): one {@link ActiveValue} per
 * column and one relation state per relation. The generated subclass ({@code UserActiveModel}) adds typed
 * setters and getters ({@code setName}, {@code setProfile}, {@code addPost}, {@code clearProfile}) that
 * delegate here. Not thread-safe: build it, then hand it to one save.
 *
 * <pre>{@code
 * UserActiveModel.builder().setName("Bob").setEmail("bob@example.org").save(db);
 * }</pre>
 *
 * @param <M> the entity record
 * @param <A> the concrete active model type, returned by the fluent setters
 */
public abstract class ActiveModel<M, A extends ActiveModel<M, A>> {
    static {
        ModelAccess.install(new Access());
    }

    private final EntityMeta<M> meta;
    private final ActiveValue<?>[] values;
    private final RelationState<?>[] relations;
    private boolean persisted;

    /** An empty active model of {@code meta}: every column {@code NotSet}, every relation {@code NotSet}. */
    protected ActiveModel(EntityMeta<M> meta) {
        this.meta = Objects.requireNonNull(meta, "meta");
        this.values = new ActiveValue<?>[meta.columns().size()];
        java.util.Arrays.fill(values, ActiveValue.notSet());
        this.relations = new RelationState<?>[meta.relations().size()];
        for (int i = 0; i < relations.length; i++) {
            relations[i] = meta.relations().get(i).toOne() ? ActiveOne.notSet() : ActiveMany.notSet();
        }
    }

    /** An identity-based set for graph walks (models compare by identity, and graphs may have cycles). */
    public static Set<ActiveModel<?, ?>> newVisitedSet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** This model as its concrete type, for fluent setters. */
    @SuppressWarnings("unchecked")
    protected final A self() {
        return (A) this;
    }

    /** The entity this model belongs to. */
    public final EntityMeta<M> meta() {
        return meta;
    }

    // ---- scalar fields ----

    /** The state of a column. */
    @SuppressWarnings("unchecked")
    public final <T> ActiveValue<T> get(Column<M, T> column) {
        return (ActiveValue<T>) values[column.index()];
    }

    /** The state of the column at {@code index} (entity column order). */
    public final ActiveValue<?> get(int index) {
        return values[index];
    }

    /** Sets a column: {@code Set(value)}. */
    public final <T> A set(Column<M, T> column, @Nullable T value) {
        values[column.index()] = ActiveValue.set(value);
        return self();
    }

    /** {@code Set(value)} unless the column is {@code Unchanged} with an equal value. */
    public final <T> A setIfNotEqual(Column<M, T> column, @Nullable T value) {
        values[column.index()] = get(column).setIfNotEqual(value);
        return self();
    }

    /** Replaces a column's state. */
    public final <T> A setState(Column<M, T> column, ActiveValue<T> state) {
        values[column.index()] = Objects.requireNonNull(state, "state");
        return self();
    }

    /** Makes a column {@code NotSet}. */
    public final <T> A unset(Column<M, T> column) {
        values[column.index()] = ActiveValue.notSet();
        return self();
    }

    /** Turns an {@code Unchanged} column into {@code Set}, so the next update writes it. */
    public final <T> A reset(Column<M, T> column) {
        values[column.index()] = values[column.index()].reset();
        return self();
    }

    /** {@link #reset(Column)} on every column. */
    public final A resetAll() {
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i].reset();
        }
        return self();
    }

    /** Whether any column is {@code Set} (relations not considered). */
    public final boolean isColumnsChanged() {
        for (ActiveValue<?> v : values) {
            if (v.isSet()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a column is {@code Set}. */
    public final boolean isChanged(Column<M, ?> column) {
        return values[column.index()].isSet();
    }

    /**
     * Whether anything would be written: a {@code Set} column, or recursively a changed relation
     * ({@code Replace} and {@code Set(null)} always count).
     */
    public final boolean isChanged() {
        return isChanged(newVisitedSet());
    }

    /** {@link #isChanged()}, not looking again at the models in {@code visited} (so cycles end). */
    public final boolean isChanged(Set<ActiveModel<?, ?>> visited) {
        if (!visited.add(this)) {
            return false;
        }
        if (isColumnsChanged()) {
            return true;
        }
        for (RelationState<?> r : relations) {
            if (r.isChanged(visited)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every primary key column has a value ({@code Set} or {@code Unchanged}). */
    public final boolean isPrimaryKeySet() {
        for (Column<M, ?> c : meta.primaryKey()) {
            if (values[c.index()].isNotSet()) {
                return false;
            }
        }
        return !meta.primaryKey().isEmpty();
    }

    /**
     * Whether this model stands for a row known to exist: it was loaded from, or written to, the database, or
     * declared {@linkplain #asExisting() existing}. {@code save} updates such a model and inserts any other,
     * whatever its key (so application-assigned keys, UUIDs or composite, insert correctly).
     */
    public final boolean isPersisted() {
        return persisted;
    }

    /**
     * Declares that this model stands for an existing row, for a model built by hand around a known key rather
     * than loaded: {@code save} then updates its {@code Set} columns instead of inserting it.
     *
     * <pre>{@code
     * PostActiveModel.builder().setId(7).asExisting().setTitle("Renamed").save(db)
     * // UPDATE "post" SET "title" = $1 WHERE "post"."id" = $2 RETURNING ...
     * }</pre>
     */
    public final A asExisting() {
        this.persisted = true;
        return self();
    }

    /**
     * The record with every column's value.
     *
     * @throws AttrNotSetException naming the first {@code NotSet} field, in declaration order
     */
    public final M tryIntoModel() {
        Object[] cols = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i].isNotSet()) {
                throw new AttrNotSetException(meta.columns().get(i).field());
            }
            cols[i] = values[i].value();
        }
        Object[] rels = new Object[relations.length];
        for (int i = 0; i < relations.length; i++) {
            rels[i] = relationIntoModel(relations[i]);
        }
        return meta.create(cols, rels);
    }

    private static Object relationIntoModel(RelationState<?> state) {
        if (state instanceof ActiveOne<?> one) {
            if (!one.isSet()) {
                return HasOne.unloaded();
            }
            ActiveModel<?, ?> m = one.model();
            return HasOne.loaded(m == null ? null : m.tryIntoModel());
        }
        ActiveMany<?> many = (ActiveMany<?>) state;
        if (many.mode() == ActiveMany.Mode.NOT_SET) {
            return HasMany.unloaded();
        }
        List<Object> out = new ArrayList<>();
        for (ActiveModel<?, ?> m : many.items()) {
            out.add(m.tryIntoModel());
        }
        return HasMany.loaded(out);
    }

    /**
     * Loads every column of {@code model} as {@code Unchanged}, marks this model persisted, and turns loaded
     * relations into relation states: a loaded has-many becomes {@code Append} (non-destructive) of children
     * known to be linked, a loaded to-one with a row becomes {@code Set}, anything else {@code NotSet}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public final void loadFrom(M model) {
        Object[] cols = meta.columnValues(model);
        for (int i = 0; i < cols.length; i++) {
            values[i] = ActiveValue.unchanged(cols[i]);
        }
        Object[] rels = meta.relationValues(model);
        for (int i = 0; i < relations.length && i < rels.length; i++) {
            Relation<M, ?> r = meta.relations().get(i);
            EntityMeta target = r.target();
            if (rels[i] instanceof HasOne<?> one && one.loaded() && one.value() != null) {
                relations[i] = ActiveOne.set(target.toActiveModel(one.value()));
            } else if (rels[i] instanceof HasMany<?> many && many.loaded()) {
                List<ActiveModel> children = new ArrayList<>();
                for (Object child : many.items()) {
                    children.add(target.toActiveModel(child));
                }
                relations[i] = ActiveMany.loaded((List) children);
            } else {
                relations[i] = r.toOne() ? ActiveOne.notSet() : ActiveMany.notSet();
            }
        }
        persisted = true;
    }

    // ---- relations ----

    /** The state of a to-one relation. */
    @SuppressWarnings("unchecked")
    public final <T> ActiveOne<T> one(Relation<M, T> relation) {
        requireToOne(relation);
        return (ActiveOne<T>) relations[relation.index()];
    }

    /** The state of a to-many relation. */
    @SuppressWarnings("unchecked")
    public final <T> ActiveMany<T> many(Relation<M, T> relation) {
        requireToMany(relation);
        return (ActiveMany<T>) relations[relation.index()];
    }

    /** The state of the relation at {@code index}: an {@link ActiveOne} or an {@link ActiveMany}. */
    public final RelationState<?> relationState(int index) {
        return relations[index];
    }

    /** {@code Set(child)} on a to-one relation. */
    public final <T> A setRelated(Relation<M, T> relation, ActiveModel<T, ?> child) {
        requireToOne(relation);
        relations[relation.index()] = ActiveOne.set(Objects.requireNonNull(child, "child"));
        return self();
    }

    /**
     * {@code Set(null)} on a to-one relation: on save, a has-one child is deleted (or orphaned when its
     * foreign key is nullable); for a belongs-to, this row's nullable foreign key columns are set to NULL now.
     *
     * @throws IllegalArgumentException for a required belongs-to (no nullable foreign key column), which cannot
     *                                  be detached
     */
    public final <T> A clearRelated(Relation<M, T> relation) {
        requireToOne(relation);
        boolean belongsTo = relation.kind() == RelationKind.BELONGS_TO;
        if (belongsTo && !relation.optional()) {
            throw new IllegalArgumentException("relation " + relation.name() + " of " + meta.type().getSimpleName()
                    + " is a required belongs-to (its foreign key is NOT NULL), so it cannot be cleared: set another "
                    + "parent, or make a foreign key column nullable");
        }
        relations[relation.index()] = ActiveOne.set(null);
        if (belongsTo) {
            for (String fk : relation.fromColumns()) {
                Column<M, ?> c = meta.requireColumn(fk);
                if (c.nullable()) {
                    values[c.index()] = ActiveValue.set(null);
                }
            }
        }
        return self();
    }

    /** Appends a child to a to-many relation ({@code NotSet} becomes {@code Append}). */
    public final <T> A addRelated(Relation<M, T> relation, ActiveModel<T, ?> child) {
        many(relation).push(Objects.requireNonNull(child, "child"));
        return self();
    }

    /** Makes {@code children} the whole set of a to-many relation ({@code Replace}). */
    public final <T> A replaceAll(Relation<M, T> relation, List<? extends ActiveModel<T, ?>> children) {
        many(relation).replaceAll(children);
        return self();
    }

    /** Removes one persisted child of a to-many relation on save; see {@link ActiveMany#remove}. */
    public final <T> A removeRelated(Relation<M, T> relation, ActiveModel<T, ?> child) {
        many(relation).remove(child);
        return self();
    }

    private void requireToOne(Relation<M, ?> r) {
        checkOwner(r);
        if (!r.toOne()) throw new IllegalArgumentException("relation " + r.name() + " is not to-one");
    }

    private void requireToMany(Relation<M, ?> r) {
        checkOwner(r);
        if (r.toOne()) throw new IllegalArgumentException("relation " + r.name() + " is not to-many");
    }

    private void checkOwner(Relation<M, ?> r) {
        if (r.index() >= relations.length || meta.relations().get(r.index()) != r) {
            throw new IllegalArgumentException("relation " + r.name() + " does not belong to " + meta);
        }
    }

    // ---- terminal operations (implemented by the generated subclass, which delegates to core.save) ----

    /**
     * Saves this model and every related model reachable through its relation states, in one transaction (a
     * savepoint inside the caller's): nested save. Each model is inserted when it is not {@linkplain
     * #isPersisted() persisted} and updated (its {@code Set} columns only) when it is and has changes; generated
     * keys flow from parents into children; has-many Replace and removals delete or orphan, many-to-many links
     * write junction rows only. A tree that has not changed since it was loaded or saved sends no statement.
     *
     * <p>Emits this model once the transaction has committed: every generated key filled in, every column
     * {@code Unchanged}, every model in the tree persisted. On any failure (a constraint, a vetoing hook, a
     * cancel, a lost connection) nothing is stored, the error is a {@link dev.tideorm.core.error.DbException}
     * naming the entity and the statement, and every model of the tree is exactly as before the call, so the
     * same call can be retried.
     *
     * <pre>{@code
     * UserActiveModel.builder().setName("Bob").setEmail("bob@example.org")
     *     .setProfile(ProfileActiveModel.builder().setPicture("bob.png"))
     *     .addPost(PostActiveModel.builder().setTitle("Hello").addTag(TagActiveModel.builder().setTag("hi")))
     *     .save(db)
     * // BEGIN; INSERT INTO "user" ... RETURNING ...; INSERT INTO "tag" ...; INSERT INTO "profile" ...;
     * // INSERT INTO "post" ...; INSERT INTO "post_tag" ... ON CONFLICT DO NOTHING; COMMIT
     * }</pre>
     */
    public abstract Mono<A> save(DbConn db);

    /**
     * Inserts this model (whatever its provenance) and saves its related models like {@link #save}; emits the
     * stored row. Related models are inserted or updated by their own provenance.
     */
    public abstract Mono<M> insert(DbConn db);

    /**
     * Updates the {@code Set} columns of the row identified by the primary key and saves its related models like
     * {@link #save}; emits the stored row. With no column {@code Set} there is nothing to write: the row is read
     * back by key. Fails with {@code PrimaryKeyNotSetException} before any SQL when the key is {@code NotSet},
     * and with {@code RecordNotUpdatedException} when no row matched.
     */
    public abstract Mono<M> update(DbConn db);

    /**
     * Deletes the row identified by the primary key (this row only: see {@link #cascadeDelete}) and emits the
     * number of rows deleted. Afterwards the model is no longer persisted.
     */
    public abstract Mono<Long> delete(DbConn db);

    /**
     * Deletes this row and, first, every row that depends on it, at any depth, in one transaction: dependants
     * whose foreign key is nullable are orphaned (set to NULL) instead, junction rows of many-to-many relations
     * are deleted while their targets stay. Emits the number of rows deleted (orphaned rows are not counted).
     * Fails with {@code PrimaryKeyNotSetException} before any SQL when the key is {@code NotSet}, and with a
     * typed error when dependants form a cycle through NOT NULL keys.
     */
    public abstract Mono<Long> cascadeDelete(DbConn db);

    /** The write path's view of a model; see {@link ModelAccess}. */
    private static final class Access implements ModelAccess {
        @Override
        public <T> void acceptWritten(ActiveModel<T, ?> model, T row) {
            Object[] cols = model.meta.columnValues(row);
            for (int i = 0; i < cols.length; i++) {
                model.values[i] = ActiveValue.unchanged(cols[i]);
            }
            model.persisted = true;
        }

        @Override
        public void setPersisted(ActiveModel<?, ?> model, boolean persisted) {
            model.persisted = persisted;
        }

        @Override
        public void settleRelations(ActiveModel<?, ?> model) {
            for (int i = 0; i < model.relations.length; i++) {
                RelationState<?> r = model.relations[i];
                if (r instanceof ActiveMany<?> many) {
                    many.settle();
                } else if (((ActiveOne<?>) r).isCleared()) {
                    model.relations[i] = ActiveOne.notSet();
                }
            }
        }

        @Override
        public <T> ActiveModel<T, ?> workingCopy(ActiveModel<T, ?> model) {
            ActiveModel<T, ?> copy = model.meta.newActiveModel();
            System.arraycopy(model.values, 0, copy.values, 0, model.values.length);
            System.arraycopy(model.relations, 0, copy.relations, 0, model.relations.length);
            copy.persisted = model.persisted;
            return copy;
        }
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", meta.type().getSimpleName() + "ActiveModel{", "}");
        for (int i = 0; i < values.length; i++) {
            j.add(meta.columns().get(i).field() + "=" + values[i]);
        }
        return j.toString();
    }
}
