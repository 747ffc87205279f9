package dev.tideorm.core.save;

import java.util.ArrayList;
import java.util.List;

/**
 * What a save does, in order: the removals, then the inserts level by level (each level's rows grouped by
 * entity, one batch per entity), then the updates (one batch per entity). Pure data, for the executor and tests.
 *
 * @param inserts per level, the batches of that level
 */
record SavePlan(List<Removal> removals, List<List<List<Node>>> inserts, List<List<Node>> updates) {
    SavePlan {
        removals = List.copyOf(removals);
        List<List<List<Node>>> levels = new ArrayList<>(inserts.size());
        for (List<List<Node>> level : inserts) {
            levels.add(copyBatches(level));
        }
        inserts = List.copyOf(levels);
        updates = copyBatches(updates);
    }

    private static List<List<Node>> copyBatches(List<List<Node>> batches) {
        List<List<Node>> copy = new ArrayList<>(batches.size());
        for (List<Node> batch : batches) {
            copy.add(List.copyOf(batch));
        }
        return List.copyOf(copy);
    }

    /** Whether the save writes nothing: then it sends no statement, not even BEGIN. */
    boolean isEmpty() {
        return removals.isEmpty() && inserts.isEmpty() && updates.isEmpty();
    }

    /** The number of rows inserted or updated. */
    int writes() {
        int n = 0;
        for (List<List<Node>> level : inserts) {
            for (List<Node> batch : level) {
                n += batch.size();
            }
        }
        for (List<Node> batch : updates) {
            n += batch.size();
        }
        return n;
    }

    /** A single row and no removal: one statement, atomic on its own, so no transaction is needed. */
    boolean isSingleWrite() {
        return removals.isEmpty() && writes() == 1;
    }
}
