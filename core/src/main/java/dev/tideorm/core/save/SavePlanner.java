package dev.tideorm.core.save;

import dev.tideorm.core.error.GraphException;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.query.Update;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what each node of a {@link SaveGraph} needs and in which order: a node whose model is not persisted is
 * inserted (whatever its key), a persisted one is updated when it has {@code Set} columns or takes a key
 * generated in this save, any other is left alone. Keys of rows that already exist are filled in now; keys
 * generated in this save order the inserts into levels (a row after every row whose key it takes), and rows of
 * one entity on one level form one batch. Pure: no I/O.
 */
final class SavePlanner {
    /** How the roots are written. */
    enum RootMode {
        /** By provenance, like every other node. */
        SAVE,
        /** Inserted ({@code insert()}). */
        INSERT,
        /** Updated, even with nothing to write ({@code update()}: then the row is read back). */
        UPDATE
    }

    private SavePlanner() {
    }

    static SavePlan plan(SaveGraph graph, RootMode mode) {
        for (Node n : graph.nodes()) {
            n.action(n.isLink() || !n.persisted() ? Node.Action.INSERT : Node.Action.UPDATE);
        }
        for (Node root : graph.roots()) {
            if (mode == RootMode.INSERT) {
                root.action(Node.Action.INSERT);
            } else if (mode == RootMode.UPDATE) {
                root.action(Node.Action.UPDATE);
                root.markReadBack();
            }
        }
        // Keys of rows that are not inserted here are known: fill them in now, so an unchanged child stays unchanged.
        for (Node n : graph.nodes()) {
            for (KeyFlow f : n.flows()) {
                if (f.parent().action() != Node.Action.INSERT) {
                    f.apply(n);
                }
            }
        }
        List<Node> updates = new ArrayList<>();
        List<Node> inserts = new ArrayList<>();
        for (Node n : graph.nodes()) {
            if (n.action() == Node.Action.UPDATE) {
                if (n.readBack() || Rows.hasWrites(n.work()) || takesNewKey(n)) {
                    Update.keyCondition(n.work(), "UpdateOne");    // a NotSet key fails before any SQL
                    updates.add(n);
                } else {
                    n.action(Node.Action.NONE);
                }
            } else if (n.action() == Node.Action.INSERT) {
                inserts.add(n);
            }
        }
        assignLevels(inserts);
        return new SavePlan(graph.removals(), byLevel(inserts), byEntity(updates));
    }

    private static boolean takesNewKey(Node n) {
        for (KeyFlow f : n.flows()) {
            if (f.parent().action() == Node.Action.INSERT) {
                return true;
            }
        }
        return false;
    }

    /** Level of an insert: 0, or one more than the deepest inserted parent it takes a key from. */
    private static void assignLevels(List<Node> inserts) {
        if (inserts.size() == 1 && inserts.get(0).flows().isEmpty()) {
            inserts.get(0).level(0);
            return;
        }
        Map<Node, Integer> state = new java.util.IdentityHashMap<>();   // 1 = in progress, 2 = done
        for (Node n : inserts) {
            level(n, state, new ArrayList<>());
        }
    }

    private static int level(Node n, Map<Node, Integer> state, List<Node> path) {
        Integer s = state.get(n);
        if (s != null && s == 2) {
            return n.level();
        }
        if (s != null) {
            throw cycle(path, n);
        }
        state.put(n, 1);
        path.add(n);
        int level = 0;
        for (KeyFlow f : n.flows()) {
            if (f.parent().action() == Node.Action.INSERT) {
                level = Math.max(level, level(f.parent(), state, path) + 1);
            }
        }
        path.remove(path.size() - 1);
        state.put(n, 2);
        n.level(level);
        return level;
    }

    private static GraphException cycle(List<Node> path, Node again) {
        StringBuilder b = new StringBuilder();
        for (int i = path.indexOf(again); i < path.size(); i++) {
            b.append(path.get(i).meta().type().getSimpleName()).append(" -> ");
        }
        b.append(again.meta().type().getSimpleName());
        return new GraphException("cannot save: new rows take each other's generated keys in a cycle (" + b
                + "); save one of them first, or leave one of the foreign keys unset and set it in a second save");
    }

    private static List<List<List<Node>>> byLevel(List<Node> inserts) {
        int max = -1;
        for (Node n : inserts) {
            max = Math.max(max, n.level());
        }
        List<List<List<Node>>> levels = new ArrayList<>();
        for (int l = 0; l <= max; l++) {
            List<Node> onLevel = new ArrayList<>();
            for (Node n : inserts) {
                if (n.level() == l) {
                    onLevel.add(n);
                }
            }
            levels.add(byEntity(onLevel));
        }
        return levels;
    }

    /** Nodes grouped by entity, groups in order of their first node, nodes in discovery order. */
    private static List<List<Node>> byEntity(List<Node> nodes) {
        if (nodes.size() <= 1) {
            return nodes.isEmpty() ? List.of() : List.of(List.of(nodes.get(0)));
        }
        Map<EntityMeta<?>, List<Node>> groups = new LinkedHashMap<>();
        for (Node n : nodes) {
            groups.computeIfAbsent(n.meta(), k -> new ArrayList<>()).add(n);
        }
        return new ArrayList<>(groups.values());
    }
}
