package dev.tideorm.core.internal;

import dev.tideorm.core.meta.Column;
import dev.tideorm.core.sql.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Key values and key conditions over columns of any entity, for the write path and the loader. Not API. The casts
 * are safe: a column is only used with values and records of its own entity.
 */
public final class Keys {
    private Keys() {
    }

    /** The values of {@code columns} read from a record of their entity. */
    @SuppressWarnings("unchecked")
    public static List<Object> of(Object record, List<? extends Column<?, ?>> columns) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Column<Object, ?>) columns.get(i)).get(record);
        }
        return Arrays.asList(out);
    }

    /**
     * A key in a form where equal keys compare equal whatever integer type each side's column declares
     * ({@code Integer} 7 and {@code Long} 7 are the same key); null when a part is NULL (no row matches it).
     */
    public static @Nullable List<Object> normalized(List<Object> key) {
        Object[] out = new Object[key.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = key.get(i);
            if (v == null) {
                return null;
            }
            out[i] = v instanceof Integer || v instanceof Short || v instanceof Byte ? (Object) ((Number) v).longValue() : v;
        }
        return Arrays.asList(out);
    }

    /** {@code c1 = v1 AND c2 = v2 ...}. */
    @SuppressWarnings("unchecked")
    public static Expr eq(List<? extends Column<?, ?>> columns, List<Object> key) {
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
    public static Expr in(List<? extends Column<?, ?>> columns, List<List<Object>> keys) {
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
