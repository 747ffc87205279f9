package dev.tideorm.core.save;

import dev.tideorm.core.error.AttrNotSetException;
import dev.tideorm.core.internal.Keys;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.core.sql.Expr;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Untyped access to model values and key conditions, for the write path, which works on models of any entity.
 * The casts are safe: a column is only ever used with models of its own entity.
 */
final class Values {
    private Values() {
    }

    @SuppressWarnings("unchecked")
    static ActiveValue<Object> get(ActiveModel<?, ?> model, Column<?, ?> column) {
        return (ActiveValue<Object>) model.get(column.index());
    }

    /** Sets {@code column} to {@code value} unless it already holds an equal {@code Unchanged} value. */
    @SuppressWarnings("unchecked")
    static void setIfNotEqual(ActiveModel<?, ?> model, Column<?, ?> column, @Nullable Object value) {
        ((ActiveModel<Object, ?>) model).setIfNotEqual((Column<Object, Object>) column, value);
    }

    /** Whether every one of {@code columns} has a value ({@code Set} or {@code Unchanged}). */
    static boolean known(ActiveModel<?, ?> model, List<? extends Column<?, ?>> columns) {
        for (Column<?, ?> c : columns) {
            if (!model.get(c.index()).hasValue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The values of {@code columns} as a key (equal keys are equal lists).
     *
     * @throws AttrNotSetException naming {@code table.column} when one is {@code NotSet}
     */
    static List<Object> key(ActiveModel<?, ?> model, List<? extends Column<?, ?>> columns) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            Column<?, ?> c = columns.get(i);
            ActiveValue<?> v = model.get(c.index());
            if (!v.hasValue()) {
                throw new AttrNotSetException(c.table() + "." + c.name());
            }
            out[i] = v.value();
        }
        return Arrays.asList(out);
    }

    /** The values of {@code columns} read from a record. */
    static List<Object> key(Object record, List<? extends Column<?, ?>> columns) {
        return Keys.of(record, columns);
    }

    /** {@code c1 = v1 AND c2 = v2 ...}. */
    static Expr eq(List<? extends Column<?, ?>> columns, List<Object> key) {
        return Keys.eq(columns, key);
    }

    /** Rows whose {@code columns} equal one of {@code keys}; see {@link Keys#in}. */
    static Expr in(List<? extends Column<?, ?>> columns, List<List<Object>> keys) {
        return Keys.in(columns, keys);
    }
}
