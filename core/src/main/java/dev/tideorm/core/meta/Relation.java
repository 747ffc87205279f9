package dev.tideorm.core.meta;

import dev.tideorm.core.annotation.ForeignKeyAction;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A typed relation handle from entity {@code M} to entity {@code T} ({@code User_.POSTS}). Keys are column
 * names; the target (and junction) metadata is resolved lazily so that entities can reference each other.
 *
 * <p>Key columns by kind:
 * <ul>
 *   <li>{@code BELONGS_TO}: {@code fromColumns} are this entity's foreign key columns, {@code toColumns} the
 *       target's referenced columns.</li>
 *   <li>{@code HAS_ONE}/{@code HAS_MANY}: {@code fromColumns} are this entity's referenced columns,
 *       {@code toColumns} the target's foreign key columns.</li>
 *   <li>{@code MANY_TO_MANY}: {@code fromColumns} are this entity's referenced columns, {@code toColumns} the
 *       target's; {@code junctionFromColumns}/{@code junctionToColumns} are the junction's foreign keys to
 *       this entity and to the target.</li>
 * </ul>
 *
 * @param <M> the owning entity
 * @param <T> the target entity
 */
public class Relation<M, T> {
    private final String name;
    private final RelationKind kind;
    private final int index;
    private final Supplier<EntityMeta<T>> target;
    private final List<String> fromColumns;
    private final List<String> toColumns;
    private final @Nullable Supplier<EntityMeta<?>> junction;
    private final List<String> junctionFromColumns;
    private final List<String> junctionToColumns;
    private final boolean optional;
    private final ForeignKeyAction onDelete;
    private final ForeignKeyAction onUpdate;
    private final @Nullable String fkName;
    private volatile @Nullable EntityMeta<M> owner;
    private volatile @Nullable Keys<M, T> keys;

    /** A relation as {@code b} specifies it; subclassed only by TideORM ({@code core.query.Related}). */
    protected Relation(Builder<M, T> b) {
        this.name = Objects.requireNonNull(b.name);
        this.kind = Objects.requireNonNull(b.kind);
        this.index = b.index;
        this.target = Objects.requireNonNull(b.target);
        this.fromColumns = List.copyOf(b.fromColumns);
        this.toColumns = List.copyOf(b.toColumns);
        this.junction = b.junction;
        this.junctionFromColumns = List.copyOf(b.junctionFromColumns);
        this.junctionToColumns = List.copyOf(b.junctionToColumns);
        this.optional = b.optional;
        this.onDelete = b.onDelete;
        this.onUpdate = b.onUpdate;
        this.fkName = b.fkName;
        if (fromColumns.size() != toColumns.size()) {
            throw new IllegalArgumentException("relation " + name + ": key arity differs");
        }
    }

    /** Starts a relation specification; used by generated metamodels. */
    public static <M, T> Builder<M, T> builder(String name, RelationKind kind, Supplier<EntityMeta<T>> target) {
        return new Builder<>(name, kind, target);
    }

    /** The record component name of the relation. */
    public String name() {
        return name;
    }

    /** The kind of relation. */
    public RelationKind kind() {
        return kind;
    }

    /** The position among the entity's relations. */
    public int index() {
        return index;
    }

    /** The target entity (resolved on first use, so that entities can refer to each other). */
    public EntityMeta<T> target() {
        return target.get();
    }

    /** This side's key column names (see the class comment for their meaning per kind). */
    public List<String> fromColumns() {
        return fromColumns;
    }

    /** The target's key column names, in the order of {@link #fromColumns()}. */
    public List<String> toColumns() {
        return toColumns;
    }

    /** The junction entity of a many-to-many relation. */
    public @Nullable EntityMeta<?> junction() {
        return junction == null ? null : junction.get();
    }

    /** The junction's foreign key columns to this entity (many-to-many only). */
    public List<String> junctionFromColumns() {
        return junctionFromColumns;
    }

    /** The junction's foreign key columns to the target (many-to-many only). */
    public List<String> junctionToColumns() {
        return junctionToColumns;
    }

    /**
     * For {@code BELONGS_TO}: whether the foreign key is nullable (weak belongs-to). For {@code HAS_ONE}/
     * {@code HAS_MANY}: whether the target's foreign key is nullable, so orphaning sets it to NULL.
     */
    public boolean optional() {
        return optional;
    }

    /** The foreign key's action on delete of the referenced row (DDL). */
    public ForeignKeyAction onDelete() {
        return onDelete;
    }

    /** The foreign key's action on update of the referenced key (DDL). */
    public ForeignKeyAction onUpdate() {
        return onUpdate;
    }

    /** An explicit foreign key constraint name, if the entity gave one. */
    public @Nullable String fkName() {
        return fkName;
    }

    /** Called once by the owning entity's metadata when it is built. */
    void attach(EntityMeta<M> entity) {
        if (owner != null && owner != entity) {
            throw new IllegalStateException("relation " + name + " already belongs to " + owner);
        }
        owner = entity;
    }

    /**
     * The entity that declares this relation.
     *
     * @throws IllegalStateException when the relation is not part of an entity's metadata yet
     */
    public EntityMeta<M> owner() {
        EntityMeta<M> o = owner;
        if (o == null) {
            throw new IllegalStateException("relation " + name + " is not part of an entity's metadata");
        }
        return o;
    }

    /**
     * The key columns, resolved once into typed columns of both sides (and of the junction); see the class
     * comment for their meaning per kind.
     */
    public Keys<M, T> keys() {
        Keys<M, T> k = keys;
        if (k == null) {
            k = Keys.resolve(this);
            keys = k;
        }
        return k;
    }

    /**
     * A relation's key columns as typed columns. {@code from} are the owner's, {@code to} the target's, in the
     * same order; for a many-to-many relation {@code junctionFrom} and {@code junctionTo} are the junction's
     * foreign keys to the owner and to the target (empty otherwise).
     *
     * @param junction the junction entity of a many-to-many relation, or null
     */
    public record Keys<M, T>(List<Column<M, ?>> from, List<Column<T, ?>> to, @Nullable EntityMeta<?> junction,
                             List<Column<?, ?>> junctionFrom, List<Column<?, ?>> junctionTo) {
        public Keys {
            from = List.copyOf(from);
            to = List.copyOf(to);
            junctionFrom = List.copyOf(junctionFrom);
            junctionTo = List.copyOf(junctionTo);
        }

        static <M, T> Keys<M, T> resolve(Relation<M, T> r) {
            EntityMeta<M> owner = r.owner();
            EntityMeta<T> target = r.target();
            List<Column<M, ?>> from = r.fromColumns().stream().<Column<M, ?>>map(owner::requireColumn).toList();
            List<Column<T, ?>> to = r.toColumns().stream().<Column<T, ?>>map(target::requireColumn).toList();
            EntityMeta<?> j = r.junction();
            List<Column<?, ?>> jFrom = j == null ? List.of() : columns(j, r.junctionFromColumns());
            List<Column<?, ?>> jTo = j == null ? List.of() : columns(j, r.junctionToColumns());
            return new Keys<>(from, to, j, jFrom, jTo);
        }

        private static List<Column<?, ?>> columns(EntityMeta<?> meta, List<String> names) {
            return names.stream().<Column<?, ?>>map(meta::requireColumn).toList();
        }
    }

    /** Whether the relation points at one row ({@code BELONGS_TO}, {@code HAS_ONE}). */
    public boolean toOne() {
        return kind == RelationKind.BELONGS_TO || kind == RelationKind.HAS_ONE;
    }

    @Override
    public String toString() {
        return name + " (" + kind + ")";
    }

    /** Mutable specification of a relation. */
    public static final class Builder<M, T> {
        private final String name;
        private final RelationKind kind;
        private final Supplier<EntityMeta<T>> target;
        private int index;
        private List<String> fromColumns = List.of();
        private List<String> toColumns = List.of();
        private @Nullable Supplier<EntityMeta<?>> junction;
        private List<String> junctionFromColumns = List.of();
        private List<String> junctionToColumns = List.of();
        private boolean optional;
        private ForeignKeyAction onDelete = ForeignKeyAction.NO_ACTION;
        private ForeignKeyAction onUpdate = ForeignKeyAction.NO_ACTION;
        private @Nullable String fkName;

        private Builder(String name, RelationKind kind, Supplier<EntityMeta<T>> target) {
            this.name = name;
            this.kind = kind;
            this.target = target;
        }

        /** The position among the owning entity's relations. */
        public Builder<M, T> index(int i) {
            this.index = i;
            return this;
        }

        /** The key column names of both sides, in key order. */
        public Builder<M, T> keys(List<String> from, List<String> to) {
            this.fromColumns = from;
            this.toColumns = to;
            return this;
        }

        /** The junction of a many-to-many relation and its foreign keys to this entity and to the target. */
        public Builder<M, T> junction(Supplier<EntityMeta<?>> j, List<String> jFrom, List<String> jTo) {
            this.junction = j;
            this.junctionFromColumns = jFrom;
            this.junctionToColumns = jTo;
            return this;
        }

        /** Whether the foreign key is nullable (see {@link Relation#optional()}). */
        public Builder<M, T> optional(boolean b) {
            this.optional = b;
            return this;
        }

        /** The foreign key's action on delete. */
        public Builder<M, T> onDelete(ForeignKeyAction a) {
            this.onDelete = a;
            return this;
        }

        /** The foreign key's action on update. */
        public Builder<M, T> onUpdate(ForeignKeyAction a) {
            this.onUpdate = a;
            return this;
        }

        /** An explicit foreign key constraint name; null or empty for the default. */
        public Builder<M, T> fkName(@Nullable String n) {
            this.fkName = n == null || n.isEmpty() ? null : n;
            return this;
        }

        /** The immutable relation. */
        public Relation<M, T> build() {
            return new Relation<>(this);
        }
    }
}
