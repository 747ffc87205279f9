package dev.tideorm.schema;

import dev.tideorm.schema.diff.SchemaChange;
import dev.tideorm.schema.diff.SkippedDifference;
import java.util.List;

/**
 * What a sync did: the changes applied, every statement executed in order, and the differences that were
 * reported but not applied. A sync of an up-to-date schema executes no statement.
 *
 * @param changes    the changes applied, in order
 * @param statements the DDL executed, in order
 * @param skipped    the differences left alone
 */
public record SyncReport(List<SchemaChange> changes, List<String> statements, List<SkippedDifference> skipped) {
    /** Copies the lists. */
    public SyncReport {
        changes = List.copyOf(changes);
        statements = List.copyOf(statements);
        skipped = List.copyOf(skipped);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SyncReport[").append(statements.size()).append(" executed, ")
                .append(skipped.size()).append(" skipped]");
        statements.forEach(s -> sb.append("\n  executed: ").append(s));
        skipped.forEach(s -> sb.append("\n  skipped: ").append(s));
        return sb.toString();
    }
}
