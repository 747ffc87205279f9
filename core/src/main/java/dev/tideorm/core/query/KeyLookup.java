package dev.tideorm.core.query;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * A {@link Select} that is exactly a lookup by primary key ({@code findById}, optionally {@code .one()}): its SQL
 * depends only on the entity, the dialect and whether it is limited, so it is rendered once per shape and cached;
 * each call only puts its key values into the cached statement's binds.
 *
 * <p>The cached template records where the key values sit among the rendered binds (found by identity, as the
 * very {@link Value}s of the condition), so any other bind (the {@code LIMIT}) is kept as rendered. A dialect that
 * does not bind the key values as given (inlines or rewrites them) makes the shape uncacheable: it is rendered on
 * every call, as any other query.
 *
 * @param keys the key's bind values, in primary key column order
 * @param one whether the query has {@code LIMIT 1}
 */
record KeyLookup(List<Value> keys, boolean one) {
    private static final ConcurrentMap<Shape, Template> CACHE = new ConcurrentHashMap<>();
    private static final Template UNCACHEABLE = new Template("", List.of(), new int[0]);

    /** Entity and dialect by identity (a record's generated equals goes through an indy call on every lookup). */
    private record Shape(EntityMeta<?> meta, Dialect dialect, boolean one) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Shape s && s.meta == meta && s.dialect == dialect && s.one == one;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(meta) * 31 + System.identityHashCode(dialect)) * 2 + (one ? 1 : 0);
        }
    }

    private record Template(String sql, List<Value> binds, int[] keyPositions) {
    }

    KeyLookup limitedToOne() {
        return new KeyLookup(keys, true);
    }

    /**
     * The statement of this lookup's tree ({@code tree}, made only when the shape is not cached) in
     * {@code dialect}, from the cache when it can.
     */
    Statement build(EntityMeta<?> meta, Dialect dialect, Supplier<SelectStatement> tree) {
        Shape shape = new Shape(meta, dialect, one);
        Template t = CACHE.get(shape);
        if (t == null) {
            Statement rendered = dialect.render(tree.get());
            CACHE.putIfAbsent(shape, template(rendered));
            return rendered;
        }
        if (t == UNCACHEABLE) {
            return dialect.render(tree.get());
        }
        List<Value> binds = new ArrayList<>(t.binds);
        for (int i = 0; i < keys.size(); i++) {
            binds.set(t.keyPositions[i], keys.get(i));
        }
        return Statement.raw(t.sql, binds);
    }

    private Template template(Statement rendered) {
        if (!rendered.generatedColumns().isEmpty()) {
            return UNCACHEABLE;
        }
        int[] positions = new int[keys.size()];
        List<Value> binds = rendered.binds();
        for (int k = 0; k < keys.size(); k++) {
            positions[k] = -1;
            for (int b = 0; b < binds.size(); b++) {
                if (binds.get(b) == keys.get(k)) {
                    positions[k] = b;
                    break;
                }
            }
            if (positions[k] < 0) {
                return UNCACHEABLE;
            }
        }
        return new Template(rendered.sql(), binds, positions);
    }
}
