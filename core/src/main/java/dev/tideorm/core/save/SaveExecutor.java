package dev.tideorm.core.save;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.query.Delete;
import dev.tideorm.core.query.Update;
import dev.tideorm.core.sql.Expr;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a {@link SavePlan} on one connection, one statement at a time: removals, then the insert levels, then
 * the updates. Every value it learns (generated keys, stored rows) goes into the nodes' working copies; the
 * caller's models are only touched once the whole save has succeeded ({@link NestedSave}).
 */
final class SaveExecutor {
    private final DbConn db;

    SaveExecutor(DbConn db) {
        this.db = db;
    }

    Mono<Void> run(SavePlan plan) {
        Mono<Void> inserts = Steps.inOrder(plan.inserts(),
                level -> Steps.inOrder(level, batch -> InsertStep.run(db, batch)));
        Mono<Void> updates = Steps.inOrder(plan.updates(), batch -> UpdateStep.run(db, batch));
        if (plan.removals().isEmpty()) {
            return plan.updates().isEmpty() ? inserts : inserts.then(updates);
        }
        return Steps.inOrder(plan.removals(), this::remove).then(inserts).then(updates);
    }

    private Mono<Void> remove(Removal removal) {
        return Mono.defer(() -> {
            Relation<?, ?> r = removal.relation();
            Relation.Keys<?, ?> keys = r.keys();
            List<Object> parentKey = Values.key(removal.parent().work(), keys.from());
            if (removal instanceof Removal.Detach d) {
                Expr condition = Values.eq(keys.to(), parentKey);
                List<List<Object>> keep = persistedKeys(d.keep(), r.target().primaryKey());
                if (!keep.isEmpty()) {
                    condition = condition.and(Values.in(r.target().primaryKey(), keep).not());
                }
                return detach(r, condition);
            }
            if (removal instanceof Removal.DetachOnly d) {
                List<List<Object>> children = keysOf(d.children(), r.target().primaryKey());
                return detach(r, Values.eq(keys.to(), parentKey).and(Values.in(r.target().primaryKey(), children)));
            }
            EntityMeta<?> junction = java.util.Objects.requireNonNull(keys.junction());
            Expr condition = Values.eq(keys.junctionFrom(), parentKey);
            if (removal instanceof Removal.Unlink u) {
                List<List<Object>> keep = persistedKeys(u.keep(), keys.to());
                if (!keep.isEmpty()) {
                    condition = condition.and(Values.in(keys.junctionTo(), keep).not());
                }
            } else {
                Removal.UnlinkOnly u = (Removal.UnlinkOnly) removal;
                condition = condition.and(Values.in(keys.junctionTo(), keysOf(u.targets(), keys.to())));
            }
            return Delete.many(junction).filter(condition).exec(db).then();
        });
    }

    /** Orphans the children matching {@code condition} when the foreign key is nullable, else deletes them deeply. */
    @SuppressWarnings("unchecked")
    private Mono<Void> detach(Relation<?, ?> r, Expr condition) {
        EntityMeta<Object> child = (EntityMeta<Object>) r.target();
        List<? extends Column<?, ?>> fk = r.keys().to();
        if (fk.stream().allMatch(Column::nullable)) {
            Update<Object> orphan = Update.many(child);
            for (Column<?, ?> c : fk) {
                orphan = orphan.set((Column<Object, Object>) c, null);
            }
            return orphan.filter(condition).exec(db).then();
        }
        return CascadeDelete.where(db, child, condition).then();
    }

    private static List<List<Object>> persistedKeys(List<Node> nodes, List<? extends Column<?, ?>> key) {
        List<List<Object>> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.persisted() && Values.known(n.work(), key)) {
                out.add(Values.key(n.work(), key));
            }
        }
        return out;
    }

    private static List<List<Object>> keysOf(List<ActiveModel<?, ?>> models, List<? extends Column<?, ?>> key) {
        List<List<Object>> out = new ArrayList<>();
        models.forEach(m -> out.add(Values.key(m, key)));
        return out;
    }
}
