package dev.tideorm.core.save;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.GraphException;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveModelBehavior;
import dev.tideorm.core.query.Delete;
import dev.tideorm.core.query.Select;
import dev.tideorm.core.query.Update;
import dev.tideorm.core.sql.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client-side cascade delete, batched by level: the rows to delete are level 0; each level's dependants
 * ({@link Dependants}) are found with one query per dependant relation ({@code fk = ANY($1)}), those whose foreign
 * key is nullable are orphaned at once ({@code UPDATE ... SET fk = NULL}), the others form the next level. A row
 * reached on several levels is deleted on the deepest, so dependants always go first; then each level is deleted
 * from the deepest up with one {@code DELETE ... WHERE pk = ANY($1)} per entity. A cycle through NOT NULL keys
 * fails with a {@link GraphException} instead of looping. Run it inside a transaction.
 */
final class CascadeDelete {
    private final DbConn db;
    private final List<Map<EntityMeta<?>, Map<List<Object>, Object>>> levels = new ArrayList<>();
    private final Map<EntityMeta<?>, Map<List<Object>, Integer>> levelOf = new HashMap<>();
    private int distinct;

    private CascadeDelete(DbConn db) {
        this.db = db;
    }

    /** Deletes the rows of {@code meta} matching {@code condition} and their dependants; emits the rows deleted. */
    @SuppressWarnings("unchecked")
    static Mono<Long> where(DbConn db, EntityMeta<?> meta, Expr condition) {
        return Mono.defer(() -> {
            CascadeDelete c = new CascadeDelete(db);
            return Select.of((EntityMeta<Object>) meta).filter(condition).stream(db).collectList()
                    .flatMap(rows -> {
                        c.add(meta, rows, 0);
                        return c.expand(0).then(Mono.defer(c::deleteAll));
                    });
        });
    }

    private Mono<Void> expand(int level) {
        if (level >= levels.size()) {
            return Mono.empty();
        }
        return Flux.fromIterable(new ArrayList<>(levels.get(level).entrySet()))
                .concatMap(e -> dependantsOf(e.getKey(), new ArrayList<>(e.getValue().values()), level))
                .then(Mono.defer(() -> expand(level + 1)));
    }

    @SuppressWarnings("unchecked")
    private Mono<Void> dependantsOf(EntityMeta<?> meta, List<Object> rows, int level) {
        return Flux.fromIterable(Dependants.of(meta)).concatMap(d -> {
            Set<List<Object>> keys = new LinkedHashSet<>();
            for (Object row : rows) {
                List<Object> k = Values.key(row, d.referenced());
                if (!k.contains(null)) {
                    keys.add(k);
                }
            }
            if (keys.isEmpty()) {
                return Mono.empty();
            }
            Expr condition = Values.in(d.foreignKey(), new ArrayList<>(keys));
            EntityMeta<Object> child = (EntityMeta<Object>) d.entity();
            if (d.nullable()) {
                Update<Object> orphan = Update.many(child);
                for (Column<?, ?> fk : d.foreignKey()) {
                    orphan = orphan.set((Column<Object, Object>) fk, null);
                }
                return orphan.filter(condition).exec(db).then();
            }
            return Select.of(child).filter(condition).stream(db).collectList()
                    .doOnNext(children -> add(child, withoutSelfLoops(meta, rows, child, children), level + 1))
                    .then();
        }).then();
    }

    /** A row that references itself (a tree's root) is deleted with itself, not again one level down. */
    private static List<Object> withoutSelfLoops(EntityMeta<?> parent, List<Object> parents, EntityMeta<?> child,
                                                 List<Object> children) {
        if (parent != child) {
            return children;
        }
        Set<List<Object>> own = new java.util.HashSet<>();
        parents.forEach(p -> own.add(Values.key(p, parent.primaryKey())));
        return children.stream().filter(c -> !own.contains(Values.key(c, child.primaryKey()))).toList();
    }

    /** Schedules rows on {@code level}, moving any already scheduled higher up down to it. */
    private void add(EntityMeta<?> meta, List<?> rows, int level) {
        if (level > distinct + 1) {
            throw new GraphException("cannot cascade-delete " + meta.type().getSimpleName()
                    + ": its rows depend on each other in a cycle through NOT NULL foreign keys");
        }
        while (levels.size() <= level) {
            levels.add(new LinkedHashMap<>());
        }
        Map<List<Object>, Integer> seen = levelOf.computeIfAbsent(meta, k -> new HashMap<>());
        for (Object row : rows) {
            List<Object> key = Values.key(row, meta.primaryKey());
            Integer before = seen.get(key);
            if (before == null) {
                distinct++;
            } else if (before >= level) {
                continue;
            } else {
                levels.get(before).get(meta).remove(key);
            }
            seen.put(key, level);
            levels.get(level).computeIfAbsent(meta, k -> new LinkedHashMap<>()).put(key, row);
        }
    }

    private Mono<Long> deleteAll() {
        List<Mono<Long>> deletes = new ArrayList<>();
        for (int level = levels.size() - 1; level >= 0; level--) {
            for (Map.Entry<EntityMeta<?>, Map<List<Object>, Object>> e : levels.get(level).entrySet()) {
                if (!e.getValue().isEmpty()) {
                    deletes.add(delete(e.getKey(), new ArrayList<>(e.getValue().keySet()),
                            new ArrayList<>(e.getValue().values())));
                }
            }
        }
        return Flux.concat(deletes).reduce(0L, Long::sum);
    }

    @SuppressWarnings("unchecked")
    private Mono<Long> delete(EntityMeta<?> entity, List<List<Object>> keys, List<Object> rows) {
        EntityMeta<Object> meta = (EntityMeta<Object>) entity;
        Mono<Long> delete = Mono.defer(() -> Delete.many(meta).filter(Values.in(meta.primaryKey(), keys)).exec(db));
        if (meta.behavior() == ActiveModelBehavior.NONE) {
            return delete;
        }
        ActiveModelBehavior<Object> hooks = Rows.hooks(meta);
        List<ActiveModel<Object, ?>> models = new ArrayList<>();
        rows.forEach(r -> models.add((ActiveModel<Object, ?>) meta.toActiveModel(r)));
        return Flux.fromIterable(models).concatMap(hooks::beforeDelete).then(delete)
                .flatMap(n -> Flux.fromIterable(models).concatMap(hooks::afterDelete).then(Mono.just(n)));
    }
}
