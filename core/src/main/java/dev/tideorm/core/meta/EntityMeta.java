package dev.tideorm.core.meta;

import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.conn.RowReader;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveModelBehavior;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.core.sql.SelectItem;
import dev.tideorm.core.sql.TableRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Everything TideORM knows about one entity: table, columns, keys, relations, and the generated functions
 * that build and take apart its records (no reflection). One immutable instance per entity, exposed by the
 * generated metamodel as {@code User_.ENTITY}.
 *
 * @param <M> the entity record type
 */
public final class EntityMeta<M> {
    private final Class<M> type;
    private final String table;
    private final @Nullable String schema;
    private final List<Column<M, ?>> columns;
    private final List<Column<M, ?>> primaryKey;
    private final List<Relation<M, ?>> relations;
    private final List<UniqueKeyMeta> uniqueKeys;
    private final ModelFactory<M> factory;
    private final @Nullable RowFactory<M> rowFactory;
    private final Function<M, Object[]> relationValues;
    private final Supplier<? extends ActiveModel<M, ?>> activeModelFactory;
    private final ActiveModelBehavior<M> behavior;
    private final Map<String, Column<M, ?>> byName;
    private final TableRef tableRef;
    private final Object[] unloadedRelations;
    private final List<SelectItem> selectItems;
    private final List<String> columnNames;
    private final RowMapper<M> rowMapper = row -> read(row, 0);

    private EntityMeta(Builder<M> b) {
        this.type = Objects.requireNonNull(b.type, "type");
        this.table = Objects.requireNonNull(b.table, "table");
        this.schema = b.schema == null || b.schema.isEmpty() ? null : b.schema;
        this.columns = List.copyOf(b.columns);
        this.primaryKey = columns.stream().filter(Column::primaryKey).toList();
        this.relations = List.copyOf(b.relations);
        this.uniqueKeys = List.copyOf(b.uniqueKeys);
        this.factory = Objects.requireNonNull(b.factory, "factory");
        this.rowFactory = b.rowFactory;
        this.relationValues = b.relationValues == null ? m -> new Object[0] : b.relationValues;
        this.activeModelFactory = Objects.requireNonNull(b.activeModelFactory, "activeModelFactory");
        this.behavior = b.behavior;
        Map<String, Column<M, ?>> names = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Column<M, ?> c = columns.get(i);
            if (c.index() != i) {
                throw new IllegalArgumentException("column " + c.name() + " has index " + c.index() + ", expected " + i);
            }
            names.put(c.name(), c);
        }
        this.byName = Collections.unmodifiableMap(names);
        this.tableRef = TableRef.of(schema, table);
        for (Relation<M, ?> r : relations) {
            r.attach(this);
        }
        Object[] unloaded = new Object[relations.size()];
        for (int i = 0; i < unloaded.length; i++) {
            unloaded[i] = relations.get(i).toOne() ? HasOne.unloaded() : HasMany.unloaded();
        }
        this.unloadedRelations = unloaded;
        List<SelectItem> items = new ArrayList<>(columns.size());
        for (Column<M, ?> c : columns) {
            items.add(SelectItem.of(c.expr()));
        }
        this.selectItems = List.copyOf(items);
        this.columnNames = List.copyOf(names.keySet());
    }

    /** Starts an entity specification; used by generated metamodels. */
    public static <M> Builder<M> builder(Class<M> type, String table) {
        return new Builder<>(type, table);
    }

    /** The entity record class. */
    public Class<M> type() {
        return type;
    }

    /** The fully qualified name of the entity record, used by the registry's package filter. */
    public String entityName() {
        return type.getName();
    }

    /** The table name. */
    public String table() {
        return table;
    }

    /** The schema, or null for the connection's current schema. */
    public @Nullable String schema() {
        return schema;
    }

    /** The table as a statement reference. */
    public TableRef tableRef() {
        return tableRef;
    }

    /** All stored columns in declaration order. */
    public List<Column<M, ?>> columns() {
        return columns;
    }

    /** The stored columns' names in column order. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** Every column as a SELECT item qualified by the table, in column order (built once). */
    public List<SelectItem> selectItems() {
        return selectItems;
    }

    /** The primary key columns in declaration order. */
    public List<Column<M, ?>> primaryKey() {
        return primaryKey;
    }

    /** All relations in declaration order; {@link Relation#index()} is the position here. */
    public List<Relation<M, ?>> relations() {
        return relations;
    }

    /** Named multi-column unique keys ({@code @UniqueKey}); single-column ones are flagged on the column. */
    public List<UniqueKeyMeta> uniqueKeys() {
        return uniqueKeys;
    }

    /** The lifecycle hooks ({@link ActiveModelBehavior#NONE} when the entity names none). */
    public ActiveModelBehavior<M> behavior() {
        return behavior;
    }

    /** The column with the given database name. */
    public Optional<Column<M, ?>> column(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The column with the given database name.
     *
     * @throws IllegalArgumentException when the entity has no such column
     */
    public Column<M, ?> requireColumn(String name) {
        Column<M, ?> c = byName.get(name);
        if (c == null) {
            throw new IllegalArgumentException("entity " + type.getSimpleName() + " has no column " + name
                    + "; columns: " + byName.keySet());
        }
        return c;
    }

    /** The relation with the given component name. */
    public Optional<Relation<M, ?>> relation(String name) {
        return relations.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** A new, empty active model (every field {@code NotSet}). */
    public ActiveModel<M, ?> newActiveModel() {
        return activeModelFactory.get();
    }

    /** The active model of a loaded record: every field {@code Unchanged}, marked as persisted. */
    public ActiveModel<M, ?> toActiveModel(M model) {
        ActiveModel<M, ?> am = newActiveModel();
        am.loadFrom(model);
        return am;
    }

    /** Builds a record from column values, with every relation unloaded. */
    public M create(@Nullable Object[] columnValues) {
        // Shared by every row read: factories only read the array (generated ones copy it into the record).
        return factory.create(columnValues, unloadedRelations);
    }

    /** Builds a record from column and relation values. */
    public M create(@Nullable Object[] columnValues, Object[] relationValues) {
        return factory.create(columnValues, relationValues);
    }

    /** The column values of a record in column order. */
    public @Nullable Object[] columnValues(M model) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = columns.get(i).get(model);
        }
        return out;
    }

    /** The relation values ({@code HasOne}/{@code HasMany}) of a record in relation order. */
    public Object[] relationValues(M model) {
        return relationValues.apply(model);
    }

    /** Reads each row as a record from its first columns ({@link #read(RowReader, int) read(row, 0)}); one instance. */
    public RowMapper<M> rowMapper() {
        return rowMapper;
    }

    /** Reads a record from {@code columns().size()} consecutive row positions starting at {@code offset}. */
    public M read(RowReader row, int offset) {
        RowFactory<M> direct = rowFactory;
        if (direct != null) {
            return direct.read(row, offset);
        }
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).read(row, offset + i);
        }
        return create(values);
    }


    @Override
    public String toString() {
        return "Entity(" + (schema == null ? "" : schema + ".") + table + ")";
    }

    /** Mutable specification of an entity. */
    public static final class Builder<M> {
        private final Class<M> type;
        private final String table;
        private @Nullable String schema;
        private final List<Column<M, ?>> columns = new ArrayList<>();
        private final List<Relation<M, ?>> relations = new ArrayList<>();
        private final List<UniqueKeyMeta> uniqueKeys = new ArrayList<>();
        private @Nullable ModelFactory<M> factory;
        private @Nullable RowFactory<M> rowFactory;
        private @Nullable Function<M, Object[]> relationValues;
        private @Nullable Supplier<? extends ActiveModel<M, ?>> activeModelFactory;
        @SuppressWarnings("unchecked")
        private ActiveModelBehavior<M> behavior = ActiveModelBehavior.NONE;

        private Builder(Class<M> type, String table) {
            this.type = type;
            this.table = table;
        }

        /** The database schema; null or empty for the connection's current schema. */
        public Builder<M> schema(@Nullable String s) {
            this.schema = s;
            return this;
        }

        /** Adds the next column; its {@link Column#index()} must be its position. */
        public Builder<M> column(Column<M, ?> c) {
            columns.add(c);
            return this;
        }

        /** Adds the next relation; its {@link Relation#index()} must be its position. */
        public Builder<M> relation(Relation<M, ?> r) {
            relations.add(r);
            return this;
        }

        /** Adds a named unique key over these column names. */
        public Builder<M> uniqueKey(String name, List<String> cols) {
            uniqueKeys.add(new UniqueKeyMeta(name, cols));
            return this;
        }

        /** How to build a record from column and relation values (required). */
        public Builder<M> factory(ModelFactory<M> f) {
            this.factory = f;
            return this;
        }

        /** How to read the relation values of a record, in relation order. */
        public Builder<M> relationValues(Function<M, Object[]> f) {
            this.relationValues = f;
            return this;
        }

        /** How to make a new, empty active model (required). */
        public Builder<M> activeModel(Supplier<? extends ActiveModel<M, ?>> f) {
            this.activeModelFactory = f;
            return this;
        }

        /** How to build a record straight from a row (generated; optional, see {@link RowFactory}). */
        public Builder<M> rowFactory(RowFactory<M> f) {
            this.rowFactory = f;
            return this;
        }

        /** The lifecycle hooks. */
        public Builder<M> behavior(ActiveModelBehavior<M> b) {
            this.behavior = b;
            return this;
        }

        /** The immutable entity metadata. */
        public EntityMeta<M> build() {
            return new EntityMeta<>(this);
        }
    }
}
