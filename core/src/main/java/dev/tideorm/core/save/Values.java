package dev.tideorm.core.save;

import dev.tideorm.core.error.AttrNotSetException;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.core.sql.Expr;
import java.util.ArrayList;
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
    @SuppressWarnings("unchecked")
    static List<Object> key(Object record, List<? extends Column<?, ?>> columns) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Column<Object, ?>) columns.get(i)).get(record);
        }
        return Arrays.asList(out);
    }

    /** {@code c1 = v1 AND c2 = v2 ...}. */
    @SuppressWarnings("unchecked")
    static Expr eq(List<? extends Column<?, ?>> columns, List<Object> key) {
        List<Expr> parts = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            parts.add(((Column<?, Object>) columns.get(i)).eq(key.get(i)));
        }
        return Expr.and(parts);
    }

    /**
     * Rows whose {@code columns} equal one of {@code keys}: {@code c = ANY($1)} (one array parameter) for a
     * single column, {@code (c1 = $1 AND c2 = $2) OR ...} for several. No key matches nothing.
     */
    @SuppressWarnings("unchecked")
    static Expr in(List<? extends Column<?, ?>> columns, List<List<Object>> keys) {
        if (columns.size() == 1) {
            List<Object> values = new ArrayList<>(keys.size());
            keys.forEach(k -> values.add(k.get(0)));
            return ((Column<?, Object>) columns.get(0)).anyOf(values);
        }
        if (keys.isEmpty()) {
            return new Expr.Keyword("FALSE");
        }
        List<Expr> alternatives = new ArrayList<>(keys.size());
        for (List<Object> k : keys) {
            alternatives.add(eq(columns, k));
        }
        return Expr.or(alternatives);
    }
}
