package dev.tideorm.r2dbc.internal;

import dev.tideorm.core.conn.RowReader;
import dev.tideorm.core.error.TypeConversionException;
import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RowReader} over one R2DBC row. Values are read as the driver's own type and converted losslessly
 * ({@link ValueConversions}); types TideORM does not know (arrays, driver types) are asked of the driver. A
 * value that cannot be converted fails with a {@link TypeConversionException} naming the column's index,
 * label and database type, and the two Java types (never the value).
 *
 * <p>One reader serves every row of a {@code Result} ({@link #at} moves it to the next row), so reading a row
 * allocates nothing here; like the R2DBC row itself it is valid only during the mapping call.
 */
public final class R2dbcRowReader implements RowReader {
    private final Backend backend;
    private @Nullable Row row;
    private @Nullable RowMetadata metadata;
    // The metadata's column list, asked for once per metadata: r2dbc-postgresql wraps its list on every call.
    private @Nullable List<? extends ColumnMetadata> columns;
    /** Each column's Java type, when the driver reads by it ({@link Backend#readsByJavaType}); else null. */
    private @Nullable Class<?> @Nullable [] javaTypes;

    /** A reader of rows decoded by {@code backend}'s driver; {@link #at} gives it its first row. */
    public R2dbcRowReader(Backend backend) {
        this.backend = backend;
    }

    /** Moves this reader to {@code row}, described by {@code metadata}; returns it. */
    public R2dbcRowReader at(Row row, RowMetadata metadata) {
        this.row = row;
        if (metadata != this.metadata) {
            this.metadata = metadata;
            this.columns = metadata.getColumnMetadatas();
            this.javaTypes = null;
        } else if (javaTypes == null && backend.readsByJavaType()) {
            // The second row of a result: worth finding each column's Java type once (a lone row is not).
            List<? extends ColumnMetadata> cs = Objects.requireNonNull(columns);
            Class<?>[] types = new Class<?>[cs.size()];
            for (int i = 0; i < types.length; i++) {
                Class<?> t = cs.get(i).getJavaType();
                types[i] = t == Object.class ? null : t;
            }
            this.javaTypes = types;
        }
        return this;
    }

    /**
     * The value at {@code index} as {@code type}. Kept small so that it inlines into the generated row factory:
     * a column read as the very Java type the driver decodes it to takes the short path.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(int index, Class<T> type) {
        Class<?>[] types = javaTypes;
        Row r = row;
        if (types != null && r != null && index >= 0 && index < types.length && types[index] == type) {
            try {
                return r.get(index, type);
            } catch (RuntimeException e) {
                throw undecodable(index, type, e);
            }
        }
        return convert(index, type);
    }

    /** {@link #get(int, Class)} when the driver's type and the wanted one may differ: read, then converted. */
    private <T> @Nullable T convert(int index, Class<T> type) {
        Row row = Objects.requireNonNull(this.row, "no row");
        List<? extends ColumnMetadata> columns = Objects.requireNonNull(this.columns, "no row");
        if (index < 0 || index >= columns.size()) {
            throw new TypeConversionException("no column at index " + index + "; the row has " + columns.size()
                    + " columns " + labels(columns));
        }
        Object raw;
        try {
            Class<?>[] types = javaTypes;
            Class<?> javaType = types == null ? null : types[index];
            raw = javaType == null ? row.get(index) : row.get(index, javaType);
        } catch (RuntimeException e) {
            throw undecodable(index, type, e);
        }
        if (raw == null) {
            return null;
        }
        Class<?> boxed = ValueConversions.boxed(type);
        if (boxed.isInstance(raw)) {
            return cast(boxed, raw);
        }
        ColumnMetadata column = columns.get(index);
        String columnType = typeName(column);
        Object converted;
        try {
            converted = backend.fromDriver(raw, boxed, columnType);
        } catch (RuntimeException e) {
            throw failure(index, column, columnType, boxed, raw, e);
        }
        if (converted != ValueConversions.NONE) {
            return cast(boxed, converted);
        }
        if (!ValueConversions.isKnown(boxed) || raw instanceof io.r2dbc.spi.Clob || raw instanceof io.r2dbc.spi.Blob) {
            // A type only the driver knows (arrays, intervals, geometry) or a LOB: let the driver decode it.
            try {
                Object decoded = row.get(index, boxed);
                if (decoded != null) {
                    return cast(boxed, decoded);
                }
            } catch (RuntimeException e) {
                throw failure(index, column, columnType, boxed, raw, e);
            }
        }
        throw failure(index, column, columnType, boxed, raw, null);
    }

    /**
     * The driver could not decode the value into its own type: PostgreSQL's numeric NaN, say, which
     * r2dbc-postgresql hands to BigDecimal's constructor (a NumberFormatException).
     */
    private TypeConversionException undecodable(int index, Class<?> type, RuntimeException e) {
        ColumnMetadata column = Objects.requireNonNull(columns, "no row").get(index);
        return new TypeConversionException("cannot read column " + index + " (\"" + column.getName() + "\", "
                + typeName(column) + ") as " + type.getSimpleName() + ": the driver cannot decode the value ("
                + e.getClass().getSimpleName() + ")", null, null, e);
    }

    @Override
    public <T> @Nullable T get(String name, Class<T> type) {
        List<? extends ColumnMetadata> columns = Objects.requireNonNull(this.columns, "no row");
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getName().equalsIgnoreCase(name)) {
                return get(i, type);
            }
        }
        throw new TypeConversionException("no column labelled \"" + name + "\"; the row has " + labels(columns));
    }

    @Override
    public int size() {
        return Objects.requireNonNull(columns, "no row").size();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Class<?> boxed, Object value) {
        if (!boxed.isInstance(value)) {
            throw new ClassCastException(value.getClass().getName() + " is not a " + boxed.getName());
        }
        return (T) value;
    }

    private static TypeConversionException failure(int index, ColumnMetadata column, String columnType,
                                                   Class<?> target, Object raw, @Nullable Throwable cause) {
        String why = cause == null ? "" : ": " + (cause instanceof ArithmeticException
                ? cause.getMessage() : cause.getClass().getSimpleName());
        return new TypeConversionException("cannot read column " + index + " (\"" + column.getName() + "\", "
                + columnType + ") as " + target.getSimpleName() + "; the driver returned a "
                + raw.getClass().getSimpleName() + why, null, null, cause);
    }

    private static String typeName(ColumnMetadata column) {
        try {
            return column.getType().getName();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String labels(List<? extends ColumnMetadata> columns) {
        return columns.stream().map(ColumnMetadata::getName).toList().toString();
    }
}
