package dev.tideorm.schema.diff;

import java.util.List;

/**
 * The result of a diff: the changes in the order they must run, and the differences left alone.
 *
 * @param changes the changes, in execution order
 * @param skipped the differences reported but not applied
 */
public record SchemaDiff(List<SchemaChange> changes, List<SkippedDifference> skipped) {
    /** Copies the lists. */
    public SchemaDiff {
        changes = List.copyOf(changes);
        skipped = List.copyOf(skipped);
    }

    /** Whether the database already matches the entities (skipped differences aside). */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
