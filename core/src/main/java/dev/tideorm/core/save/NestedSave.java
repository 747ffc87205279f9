package dev.tideorm.core.save;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.internal.ModelAccess;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveModelBehavior;
import dev.tideorm.core.model.ActiveValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A save from walk to commit: graph, plan, execution (in one transaction unless it is a single row), and only
 * then the caller's models take the stored rows. A save with nothing to write sends no statement.
 */
final class NestedSave {
    private NestedSave() {
    }

    /** Saves the graphs of {@code roots}; emits the graph once committed (its root nodes hold the stored rows). */
    static Mono<SaveGraph> run(List<? extends ActiveModel<?, ?>> roots, SavePlanner.RootMode mode, DbConn db) {
        return Mono.defer(() -> execute(SaveGraph.of(roots), mode, db));
    }

    private static Mono<SaveGraph> execute(SaveGraph graph, SavePlanner.RootMode mode, DbConn db) {
        Node lone = loneInsert(graph, mode);
        if (lone != null && lone.meta().behavior() == ActiveModelBehavior.NONE) {
            // A lone new row without hooks is written from the caller's model itself, which is only read until the
            // row is stored: no working copy, no plan.
            return InsertStep.lone(db, Objects.requireNonNull(lone.original())).map(row -> {
                lone.row(row);
                return commit(graph);
            });
        }
        // Every working copy is taken now, on subscription, before any statement runs.
        for (Node n : graph.nodes()) {
            n.work();
        }
        if (lone != null) {
            // One new row and nothing around it (the common insert): what the planner would decide, without it.
            return InsertStep.run(db, List.of(lone)).then(Mono.fromCallable(() -> commit(graph)));
        }
        SavePlan plan = SavePlanner.plan(graph, mode);
        if (plan.isEmpty()) {
            return Mono.fromCallable(() -> commit(graph));
        }
        Mono<Void> work = plan.isSingleWrite()
                ? new SaveExecutor(db).run(plan)
                : db.transactionMono(tx -> new SaveExecutor(tx).run(plan));
        return work.then(Mono.fromCallable(() -> commit(graph)));
    }

    /**
     * The node of a graph that is a single row to insert, with no parent key to take, no link and no removal (the
     * planner's plan for it is one insert on level 0); else null.
     */
    private static @Nullable Node loneInsert(SaveGraph graph, SavePlanner.RootMode mode) {
        if (graph.nodes().size() != 1 || !graph.removals().isEmpty() || mode == SavePlanner.RootMode.UPDATE) {
            return null;
        }
        Node n = graph.nodes().get(0);
        if (!n.flows().isEmpty() || n.isLink() || mode == SavePlanner.RootMode.SAVE && n.persisted()) {
            return null;
        }
        n.action(Node.Action.INSERT);
        n.level(0);
        return n;
    }

    /** After success: every written model takes its stored row, relation states settle, removed children follow. */
    @SuppressWarnings("unchecked")
    private static SaveGraph commit(SaveGraph graph) {
        ModelAccess access = ModelAccess.get();
        for (Node n : graph.nodes()) {
            ActiveModel<?, ?> original = n.original();
            if (original == null) {
                continue;
            }
            Object row = n.row();
            if (row != null) {
                access.acceptWritten((ActiveModel<Object, ?>) original, row);
            }
            access.settleRelations(original);
        }
        for (Removal r : graph.removals()) {
            if (r instanceof Removal.DetachOnly d) {
                removed(d.relation(), d.children());
            }
        }
        return graph;
    }

    /** Removed children: orphaned ones now hold NULL foreign keys; deleted ones are no longer persisted. */
    @SuppressWarnings("unchecked")
    private static void removed(Relation<?, ?> r, List<ActiveModel<?, ?>> children) {
        List<? extends Column<?, ?>> fk = r.keys().to();
        boolean orphaned = fk.stream().allMatch(Column::nullable);
        for (ActiveModel<?, ?> child : children) {
            if (orphaned) {
                for (Column<?, ?> c : fk) {
                    ((ActiveModel<Object, ?>) child).setState((Column<Object, Object>) c, ActiveValue.unchanged(null));
                }
            } else {
                ModelAccess.get().setPersisted(child, false);
            }
        }
    }
}
