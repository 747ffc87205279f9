package dev.tideorm.core.query;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Rendered SQL kept per statement shape: statements whose SQL depends only on an owner (an entity), the dialect
 * and a shape number (which columns, whether limited, ...) are rendered once, and later calls only put their own
 * values into the binds. The cache holds at most {@value #MAX_SHAPES} shapes; past that, statements are rendered
 * as if uncached.
 */
final class ShapeCache {
    static final int MAX_SHAPES = 4096;
    private static final Template UNCACHEABLE = new Template("", List.of(), List.of());

    private final ConcurrentMap<Key, Template> templates = new ConcurrentHashMap<>();

    /**
     * The SQL of a shape, and the binds it was first rendered with (a hit replaces those of its values that the
     * caller's statement carries).
     */
    record Template(String sql, List<Value> binds, List<String> generatedColumns) {
    }

    /** The key: owner and dialect by identity, the shape by value (no record: its equals goes through indy). */
    private static final class Key {
        private final Object owner;
        private final Dialect dialect;
        private final long shape;

        Key(Object owner, Dialect dialect, long shape) {
            this.owner = owner;
            this.dialect = dialect;
            this.shape = shape;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.owner == owner && k.dialect == dialect && k.shape == shape;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(owner) * 31 + System.identityHashCode(dialect)) * 31
                    + Long.hashCode(shape);
        }
    }

    /**
     * The template of a shape, or null when it is not cached yet (render, then {@link #put}) or cannot be (see
     * {@link #isUncacheable}).
     */
    Template get(Object owner, Dialect dialect, long shape) {
        return templates.get(new Key(owner, dialect, shape));
    }

    /** Whether {@code t} marks a shape that is rendered on every call. */
    static boolean isUncacheable(Template t) {
        return t == UNCACHEABLE;
    }

    /**
     * Keeps {@code rendered} as the shape's template when {@code binds} says its binds are exactly the caller's
     * values (by identity, in order), so that a later call can swap in its own; else marks the shape uncacheable.
     */
    void put(Object owner, Dialect dialect, long shape, Statement rendered, Supplier<List<Value>> binds) {
        if (templates.size() >= MAX_SHAPES) {
            return;
        }
        List<Value> expected = binds.get();
        List<Value> actual = rendered.binds();
        boolean same = expected.size() == actual.size();
        for (int i = 0; same && i < actual.size(); i++) {
            same = actual.get(i) == expected.get(i);
        }
        templates.putIfAbsent(new Key(owner, dialect, shape), same
                ? new Template(rendered.sql(), actual, rendered.generatedColumns()) : UNCACHEABLE);
    }
}
