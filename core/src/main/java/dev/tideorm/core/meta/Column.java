package dev.tideorm.core.meta;

import dev.tideorm.core.conn.RowReader;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.OrderBy;
import dev.tideorm.core.sql.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A typed column of entity {@code M} holding values of type {@code T}: its metadata, its accessor, and the
 * conditions built on it. Generated metamodels expose one constant per column ({@code User_.NAME}).
 *
 * <pre>{@code
 * User_.NAME.eq("Bob").and(User_.ID.gt(3))   // "user"."name" = $1 AND "user"."id" > $2
 * }</pre>
 *
 * Instances are immutable and shared.
 *
 * @param <M> the entity (model record) type
 * @param <T> the component's Java type (boxed)
 */
public class Column<M, T> {
    private final String table;
    private final String name;
    private final String field;
    private final Class<T> javaType;
    private final ColumnType columnType;
    private final int index;
    private final boolean nullable;
    private final boolean primaryKey;
    private final boolean autoIncrement;
    private final boolean unique;
    private final boolean indexed;
    private final @Nullable String defaultValue;
    private final @Nullable String defaultExpr;
    private final @Nullable String renamedFrom;
    private final Function<M, @Nullable T> getter;
    private final ValueConverter<T, Object> converter;

    /** A column as {@code s} specifies it; subclasses add conditions for their type. */
    @SuppressWarnings("unchecked")
    protected Column(Spec<M, T> s) {
        this.table = Objects.requireNonNull(s.table, "table");
        this.name = Objects.requireNonNull(s.name, "name");
        this.field = Objects.requireNonNull(s.field, "field");
        this.javaType = Objects.requireNonNull(s.javaType, "javaType");
        this.columnType = Objects.requireNonNull(s.columnType, "columnType of " + s.name);
        this.getter = Objects.requireNonNull(s.getter, "getter of " + s.name);
        this.converter = (ValueConverter<T, Object>) (ValueConverter<T, ?>) Objects.requireNonNull(s.converter,
                "converter of " + s.name);
        this.index = s.index;
        this.nullable = s.nullable;
        this.primaryKey = s.primaryKey;
        this.autoIncrement = s.autoIncrement;
        this.unique = s.unique;
        this.indexed = s.indexed;
        this.defaultValue = s.defaultValue;
        this.defaultExpr = s.defaultExpr;
        this.renamedFrom = s.renamedFrom;
    }

    /**
     * Starts the specification of a column; used by generated metamodels.
     *
     * @param javaType the component's class, boxed; the raw class for a generic type ({@code List.class} for
     *                 {@code List<Address>}), which is why it is a {@code Class<? super T>}
     */
    @SuppressWarnings("unchecked")
    public static <M, T> Spec<M, T> spec(String table, String name, String field, Class<? super T> javaType) {
        return new Spec<>(table, name, field, (Class<T>) javaType);
    }

    // ---- metadata ----

    /** The table name that qualifies this column in SQL. */
    public String table() {
        return table;
    }

    /** The column name in the database. */
    public String name() {
        return name;
    }

    /** The record component name. */
    public String field() {
        return field;
    }

    /** The component's Java type (boxed for a primitive component; the raw class of a generic one). */
    public Class<T> javaType() {
        return javaType;
    }

    /** The SQL type. */
    public ColumnType columnType() {
        return columnType;
    }

    /** The position of the column in the entity's column list (and in its default SELECT list). */
    public int index() {
        return index;
    }

    /** Whether NULL is allowed. */
    public boolean nullable() {
        return nullable;
    }

    /** Whether the column is part of the primary key. */
    public boolean primaryKey() {
        return primaryKey;
    }

    /** Whether the database generates the value. */
    public boolean autoIncrement() {
        return autoIncrement;
    }

    /** Whether the column alone carries a unique constraint. */
    public boolean unique() {
        return unique;
    }

    /** Whether the column has a non-unique index of its own. */
    public boolean indexed() {
        return indexed;
    }

    /** The DDL literal default, if any. */
    public @Nullable String defaultValue() {
        return defaultValue;
    }

    /** The DDL expression default, if any. */
    public @Nullable String defaultExpr() {
        return defaultExpr;
    }

    /** The column's former name for schema sync renames, if any. */
    public @Nullable String renamedFrom() {
        return renamedFrom;
    }

    /** Reads this column's value from a model. */
    public @Nullable T get(M model) {
        return getter.apply(model);
    }

    /** The Java type the driver binds and reads for this column. */
    public Class<?> dbType() {
        return converter.dbType();
    }

    // ---- values ----

    /**
     * Converts a component value to a typed, bindable value (typed NULL for null).
     *
     * @throws TypeConversionException when the converter fails; the message names the column, never the value
     */
    public Value toValue(@Nullable T value) {
        if (value == null) {
            return Value.nullOf(converter.dbType(), columnType.kind());
        }
        try {
            return new Value(converter.toDb(value), converter.dbType(), columnType.kind());
        } catch (DbException e) {
            // Our own errors (no JsonCodec installed) never quote values: their message says what to do.
            throw new TypeConversionException("cannot convert a " + value.getClass().getSimpleName()
                    + " for column " + table + "." + name + ": " + e.getMessage(), null, null, e);
        } catch (RuntimeException e) {
            // The converter's message may quote the value: only its type is shown, the exception is the cause.
            throw new TypeConversionException("cannot convert a " + value.getClass().getSimpleName()
                    + " for column " + table + "." + name + ": " + e.getClass().getSimpleName(), null, null, e);
        }
    }

    /**
     * Reads and converts this column's value from the 0-based position {@code position} of a row.
     *
     * @throws TypeConversionException when the converter refuses the stored value (an enum name no constant has,
     *                                 say); the message names the column, never the value
     */
    @SuppressWarnings("unchecked")
    public @Nullable T read(RowReader row, int position) {
        // Kept small so that it inlines into the generated row factory; a converter is called out of line.
        ValueConverter<T, Object> c = converter;
        return c.isIdentity() ? (T) row.get(position, c.dbType()) : readConverted(row, position);
    }

    private @Nullable T readConverted(RowReader row, int position) {
        Object raw = row.get(position, converter.dbType());
        if (raw == null) {
            return null;
        }
        try {
            return converter.fromDb(raw);
        } catch (DbException e) {
            throw new TypeConversionException("cannot read column " + table + "." + name + " as "
                    + javaType.getSimpleName() + ": " + e.getMessage(), null, null, e);
        } catch (RuntimeException e) {
            // The converter's message may quote the stored value: only its type is shown, the exception is the cause.
            throw new TypeConversionException("cannot read column " + table + "." + name + " as "
                    + javaType.getSimpleName() + ": the converter refused the stored value ("
                    + e.getClass().getSimpleName() + ")", null, null, e);
        }
    }

    // ---- expressions and conditions ----

    /** {@code "table"."column"}. */
    public Expr.Column expr() {
        return Expr.col(table, name);
    }

    /** {@code col = v}; a null {@code v} gives {@code col IS NULL}. */
    public Expr eq(@Nullable T v) {
        return v == null ? isNull() : new Expr.Binary(expr(), Expr.BinaryOp.EQ, param(v));
    }

    /** {@code col <> v}; a null {@code v} gives {@code col IS NOT NULL}. */
    public Expr ne(@Nullable T v) {
        return v == null ? isNotNull() : new Expr.Binary(expr(), Expr.BinaryOp.NE, param(v));
    }

    /** {@code col > v}. */
    public Expr gt(T v) {
        return new Expr.Binary(expr(), Expr.BinaryOp.GT, param(v));
    }

    /** {@code col >= v}. */
    public Expr ge(T v) {
        return new Expr.Binary(expr(), Expr.BinaryOp.GE, param(v));
    }

    /** {@code col < v}. */
    public Expr lt(T v) {
        return new Expr.Binary(expr(), Expr.BinaryOp.LT, param(v));
    }

    /** {@code col <= v}. */
    public Expr le(T v) {
        return new Expr.Binary(expr(), Expr.BinaryOp.LE, param(v));
    }

    /** {@code col BETWEEN low AND high}. */
    public Expr between(T low, T high) {
        return new Expr.Between(expr(), param(low), param(high), false);
    }

    /** {@code col IN (...)}; an empty collection is a condition that is never true. */
    public Expr in(Collection<? extends T> values) {
        return new Expr.In(expr(), params(values), false);
    }

    /** {@code col NOT IN (...)}; an empty collection is a condition that is always true. */
    public Expr notIn(Collection<? extends T> values) {
        return new Expr.In(expr(), params(values), true);
    }

    /** {@code col IN (...)}; no values is a condition that is never true. */
    @SafeVarargs
    public final Expr in(T... values) {
        return in(List.of(values));
    }

    /**
     * {@code col = ANY($1)} with the values bound as one array parameter: the statement text is the same for any
     * number of values (one prepared statement; PostgreSQL keeps using the index), and the driver's parameter
     * limit does not apply. No values is a condition that is never true.
     *
     * <pre>{@code
     * User_.ID.anyOf(List.of(1, 2, 3))   // "user"."id" = ANY($1)
     * }</pre>
     */
    public Expr anyOf(Collection<? extends T> values) {
        return new Expr.AnyOf(expr(), arrayOf(values));
    }

    /** The values as one array value of this column's database type. */
    public Value arrayOf(Collection<? extends T> values) {
        List<Object> db = new ArrayList<>(values.size());
        for (T v : values) {
            db.add(toValue(Objects.requireNonNull(v, () -> "null value for " + name + " ANY")).value());
        }
        return Value.array(converter.dbType(), columnType.kind(), db);
    }

    /** {@code col IS NULL}. */
    public Expr isNull() {
        return new Expr.IsNull(expr(), false);
    }

    /** {@code col IS NOT NULL}. */
    public Expr isNotNull() {
        return new Expr.IsNull(expr(), true);
    }

    /** Compares with another column: {@code col = other}. */
    public Expr eqColumn(Column<?, ?> other) {
        return new Expr.Binary(expr(), Expr.BinaryOp.EQ, other.expr());
    }

    /** Ascending order on this column. */
    public OrderBy asc() {
        return OrderBy.asc(expr());
    }

    /** Descending order on this column. */
    public OrderBy desc() {
        return OrderBy.desc(expr());
    }

    /** {@code v} as a typed bind parameter of this column; a null {@code v} is rejected. */
    protected Expr.Param param(T v) {
        return Expr.param(toValue(Objects.requireNonNull(v, () -> "null value for " + name + " comparison")));
    }

    private List<Expr> params(Collection<? extends T> values) {
        List<Expr> out = new ArrayList<>(values.size());
        for (T v : values) {
            out.add(param(v));
        }
        return out;
    }

    @Override
    public String toString() {
        return table + "." + name;
    }

    /**
     * The mutable specification a generated metamodel fills in once per column, in a static initialiser.
     */
    public static final class Spec<M, T> {
        private final String table;
        private final String name;
        private final String field;
        private final Class<T> javaType;
        private @Nullable ColumnType columnType;
        private int index;
        private boolean nullable;
        private boolean primaryKey;
        private boolean autoIncrement;
        private boolean unique;
        private boolean indexed;
        private @Nullable String defaultValue;
        private @Nullable String defaultExpr;
        private @Nullable String renamedFrom;
        private @Nullable Function<M, @Nullable T> getter;
        private @Nullable ValueConverter<T, ?> converter;

        private Spec(String table, String name, String field, Class<T> javaType) {
            this.table = table;
            this.name = name;
            this.field = field;
            this.javaType = javaType;
        }

        /** The SQL type (required). */
        public Spec<M, T> type(ColumnType t) {
            this.columnType = t;
            return this;
        }

        /** The position in the entity's column list. */
        public Spec<M, T> index(int i) {
            this.index = i;
            return this;
        }

        /** Whether NULL is allowed. */
        public Spec<M, T> nullable(boolean b) {
            this.nullable = b;
            return this;
        }

        /** Whether the column is part of the primary key. */
        public Spec<M, T> primaryKey(boolean b) {
            this.primaryKey = b;
            return this;
        }

        /** Whether the database generates the value. */
        public Spec<M, T> autoIncrement(boolean b) {
            this.autoIncrement = b;
            return this;
        }

        /** Whether the column alone is unique. */
        public Spec<M, T> unique(boolean b) {
            this.unique = b;
            return this;
        }

        /** Whether the column has a non-unique index. */
        public Spec<M, T> indexed(boolean b) {
            this.indexed = b;
            return this;
        }

        /** A literal DDL default. */
        public Spec<M, T> defaultValue(@Nullable String v) {
            this.defaultValue = v;
            return this;
        }

        /** A DDL default expression. */
        public Spec<M, T> defaultExpr(@Nullable String v) {
            this.defaultExpr = v;
            return this;
        }

        /** The former column name, for schema sync. */
        public Spec<M, T> renamedFrom(@Nullable String v) {
            this.renamedFrom = v;
            return this;
        }

        /** Reads the component from a record (required). */
        public Spec<M, T> getter(Function<M, @Nullable T> g) {
            this.getter = g;
            return this;
        }

        /** Converts between the component and the driver value; identity when not given. */
        public Spec<M, T> converter(ValueConverter<T, ?> c) {
            this.converter = c;
            return this;
        }

        /** Builds a plain column; the identity converter is used when none was given. */
        public Column<M, T> build() {
            defaults();
            return new Column<>(this);
        }

        /** Builds a {@link StringColumn} (the component must be a {@code String}). */
        @SuppressWarnings("unchecked")
        public StringColumn<M> buildString() {
            defaults();
            return new StringColumn<>((Spec<M, String>) this);
        }

        private void defaults() {
            if (converter == null) {
                converter = ValueConverter.identity(javaType);
            }
        }
    }
}
