package dev.tideorm.core.model;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.AttrNotSetException;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.query.ActiveModelOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    private final EntityMeta<M> meta;
    private final ActiveValue<?>[] values;
    private final Object[] relations;
    private boolean persisted;

    /** An empty active model of {@code meta}: every column {@code NotSet}, every relation {@code NotSet}. */
    protected ActiveModel(EntityMeta<M> meta) {
        this.meta = Objects.requireNonNull(meta, "meta");
        this.values = new ActiveValue<?>[meta.columns().size()];
        java.util.Arrays.fill(values, ActiveValue.notSet());
        this.relations = new Object[meta.relations().size()];
        for (int i = 0; i < relations.length; i++) {
            relations[i] = meta.relations().get(i).toOne() ? ActiveOne.notSet() : ActiveMany.notSet();
        }
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
        if (isColumnsChanged()) {
            return true;
        }
        for (Object r : relations) {
            if (r instanceof ActiveOne<?> one ? one.isChanged() : ((ActiveMany<?>) r).isChanged()) {
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
     * Whether this model stands for a row known to exist: it was loaded from, or written to, the database.
     * {@code save} updates such a model and inserts any other, whatever its key.
     */
    public final boolean isPersisted() {
        return persisted;
    }

    /** Marks the model as standing for an existing row (for models built by hand around a known row). */
    public final A markPersisted(boolean value) {
        this.persisted = value;
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

    private static Object relationIntoModel(Object state) {
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
     * relations into relation states: a loaded has-many becomes {@code Append} (non-destructive), a loaded
     * to-one with a row becomes {@code Set}, anything else {@code NotSet}.
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
                relations[i] = ActiveMany.append((List) children);
            } else {
                relations[i] = r.toOne() ? ActiveOne.notSet() : ActiveMany.notSet();
            }
        }
        persisted = true;
    }

    /**
     * Takes the column values of a row just written (all {@code Unchanged}) and marks this model persisted.
     * Relation states are kept. Used by the executor after INSERT/UPDATE.
     */
    public final void acceptWritten(M row) {
        Object[] cols = meta.columnValues(row);
        for (int i = 0; i < cols.length; i++) {
            values[i] = ActiveValue.unchanged(cols[i]);
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
    public final Object relationState(int index) {
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
        boolean belongsTo = relation.kind() == dev.tideorm.core.meta.RelationKind.BELONGS_TO;
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

    // ---- terminal operations ----

    /**
     * Inserts this model if it is not {@linkplain #isPersisted() persisted}, else updates its {@code Set}
     * columns (when none is set, no UPDATE is sent: the row is only read back by key). Emits this model,
     * updated with the stored row.
     */
    public Mono<A> save(DbConn db) {
        return ActiveModelOps.save(self(), db);
    }

    /** Inserts this model and emits the stored row (generated keys included). */
    public Mono<M> insert(DbConn db) {
        return ActiveModelOps.insert(self(), db);
    }

    /**
     * Updates the {@code Set} columns of the row identified by the primary key and emits the stored row.
     * Fails with {@code PrimaryKeyNotSetException} before any SQL when the key is {@code NotSet}, and with
     * {@code RecordNotUpdatedException} when no row matched.
     */
    public Mono<M> update(DbConn db) {
        return ActiveModelOps.update(self(), db);
    }

    /** Deletes the row identified by the primary key and emits the number of rows deleted. */
    public Mono<Long> delete(DbConn db) {
        return ActiveModelOps.delete(self(), db);
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
