package dev.tideorm.core.load;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.internal.Keys;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.core.sql.SelectStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a query with its relations loaded: the query itself with its to-one leaves joined in, then one query per
 * batched relation and level for all the parents of that level ({@code = ANY($1)} of the distinct parent keys; no
 * parent, no query), each query's rows read to the end before the next starts (so it runs in a transaction's
 * single connection too). Records are built bottom-up: a level's records take their children from the level
 * below, grouped by key, in primary-key order. Relations not requested stay unloaded; a requested to-one with no
 * row is loaded and absent.
 *
 * <p>The seed's {@code with(PROFILE).with(POSTS, TAGS)} costs three queries whatever the number of users.
 */
public final class Loader {
    private Loader() {
    }

    /**
     * The rows of {@code statement} (a SELECT of {@code meta}'s columns) with {@code tree}'s relations loaded, in
     * the statement's order; emits one list.
     */
    @SuppressWarnings("unchecked")
    public static <M> Mono<List<M>> load(DbConn db, EntityMeta<M> meta, SelectStatement statement, LoadTree tree) {
        // All levels on one borrowed connection (one after the other): a load costs one pool round trip, not one
        // per query.
        return db.readSession(session -> {
            boolean joins = !statement.distinct() && statement.groupBy().isEmpty() && statement.having() == null;
            LoadShape shape = LoadShape.root(meta, tree, joins);
            SelectStatement root = shape.withLeaves(statement);
            return session.query(session.dialect().render(root), shape.reader()).collectList()
                    .flatMap(rows -> assemble(session, shape, rows))
                    .map(records -> (List<M>) records);
        }).single();
    }

    /** Loads the shape's batched relations under {@code rows}, then builds their records in order. */
    private static Mono<List<Object>> assemble(DbConn db, LoadShape shape, List<RawRow> rows) {
        if (rows.isEmpty()) {
            return Mono.just(List.of());
        }
        return Flux.fromIterable(shape.batched())
                .concatMap(child -> children(db, child, rows).map(groups -> Map.entry(child, groups)))
                .collectList()
                .map(loaded -> {
                    Map<LoadShape, Map<List<Object>, List<Object>>> groups = new HashMap<>();
                    loaded.forEach(e -> groups.put(e.getKey(), e.getValue()));
                    List<Object> out = new ArrayList<>(rows.size());
                    for (RawRow row : rows) {
                        out.add(build(shape, row, groups));
                    }
                    return out;
                });
    }

    /** One level: the child shape's records grouped by the key of the parent they belong to. */
    private static Mono<Map<List<Object>, List<Object>>> children(DbConn db, LoadShape child, List<RawRow> parents) {
        Relation<?, ?> r = java.util.Objects.requireNonNull(child.relation());
        Set<List<Object>> keys = new LinkedHashSet<>();
        for (RawRow p : parents) {
            List<Object> k = parentKey(r, p);
            if (k != null) {
                keys.add(k);
            }
        }
        if (keys.isEmpty()) {
            return Mono.just(Map.of());
        }
        SelectStatement query = child.query(new ArrayList<>(keys));
        return Mono.defer(() -> db.query(db.dialect().render(query), child.reader()).collectList())
                .flatMap(rows -> {
                    // A target linked to several parents comes once per link: build it once.
                    Map<List<Object>, RawRow> distinct = new LinkedHashMap<>();
                    for (RawRow row : rows) {
                        distinct.putIfAbsent(primaryKey(child.meta(), row), row);
                    }
                    List<RawRow> unique = new ArrayList<>(distinct.values());
                    return assemble(db, child, unique).map(records -> {
                        Map<List<Object>, Object> byKey = new HashMap<>();
                        for (int i = 0; i < unique.size(); i++) {
                            byKey.put(primaryKey(child.meta(), unique.get(i)), records.get(i));
                        }
                        Map<List<Object>, List<Object>> groups = new HashMap<>();
                        for (RawRow row : rows) {
                            List<Object> group = Keys.normalized(groupKey(r, child.meta(), row));
                            if (group != null) {
                                groups.computeIfAbsent(group, g -> new ArrayList<>())
                                        .add(byKey.get(primaryKey(child.meta(), row)));
                            }
                        }
                        return groups;
                    });
                });
    }

    /** The record of a row: its columns, its leaves, its batched relations from the groups below, the rest unloaded. */
    private static Object build(LoadShape shape, RawRow row, Map<LoadShape, Map<List<Object>, List<Object>>> groups) {
        EntityMeta<?> meta = shape.meta();
        Object[] relations = new Object[meta.relations().size()];
        for (int i = 0; i < relations.length; i++) {
            relations[i] = meta.relations().get(i).toOne() ? HasOne.unloaded() : HasMany.unloaded();
        }
        for (int i = 0; i < shape.leaves().size(); i++) {
            LoadShape.Leaf leaf = shape.leaves().get(i);
            Object[] values = row.leaves()[i];
            relations[leaf.relation().index()] = HasOne.loaded(values == null ? null : leaf.target().create(values));
        }
        for (LoadShape child : shape.batched()) {
            Relation<?, ?> r = java.util.Objects.requireNonNull(child.relation());
            List<Object> key = Keys.normalized(ownValues(r.keys().from(), row));
            List<Object> related = key == null ? List.of() : groups.get(child).getOrDefault(key, List.of());
            relations[r.index()] = r.toOne()
                    ? HasOne.loaded(related.isEmpty() ? null : related.get(0))
                    : HasMany.loaded(related);
        }
        return meta.create(row.own(), relations);
    }

    /** The parent's key a relation follows (null when a part is NULL: nothing can match). */
    private static List<Object> parentKey(Relation<?, ?> r, RawRow parent) {
        List<Object> k = ownValues(r.keys().from(), parent);
        return k.contains(null) ? null : k;
    }

    /** The key of the parent a child row belongs to: the junction's columns, or the child's own key columns. */
    private static List<Object> groupKey(Relation<?, ?> r, EntityMeta<?> child, RawRow row) {
        if (r.kind() == RelationKind.MANY_TO_MANY) {
            return java.util.Objects.requireNonNull(row.group());
        }
        return ownValues(r.keys().to(), row);
    }

    private static List<Object> primaryKey(EntityMeta<?> meta, RawRow row) {
        return ownValues(meta.primaryKey(), row);
    }

    private static List<Object> ownValues(List<? extends Column<?, ?>> columns, RawRow row) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = row.own()[columns.get(i).index()];
        }
        return Arrays.asList(out);
    }
}
