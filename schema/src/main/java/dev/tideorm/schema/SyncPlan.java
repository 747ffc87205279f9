package dev.tideorm.schema;

import dev.tideorm.schema.diff.SchemaChange;
import dev.tideorm.schema.diff.SkippedDifference;
import java.util.List;

/**
 * What a sync would do, computed without changing anything: the changes, their DDL in execution order, and the
 * differences that are reported but never applied.
 *
 * <pre>{@code
 * SchemaSync.registry(db, "com.example.entity").plan()
 *     .map(SyncPlan::toSqlScript)            // CREATE TABLE "user" (...);
 *                                            // -- skipped: column user.nick exists but the entity ...
 * }</pre>
 *
 * @param changes    the changes, in execution order
 * @param statements the DDL statements, in execution order (a change may take two)
 * @param skipped    the differences left alone
 */
public record SyncPlan(List<SchemaChange> changes, List<String> statements, List<SkippedDifference> skipped) {
    /** Copies the lists. */
    public SyncPlan {
        changes = List.copyOf(changes);
        statements = List.copyOf(statements);
        skipped = List.copyOf(skipped);
    }

    /** Whether applying the plan would execute no statement. */
    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /**
     * The plan as a SQL migration script: one statement per line terminated by {@code ;}, then each skipped
     * difference as a {@code -- skipped:} comment.
     */
    public String toSqlScript() {
        StringBuilder sb = new StringBuilder();
        statements.forEach(s -> sb.append(s).append(";\n"));
        skipped.forEach(s -> sb.append("-- skipped: ").append(s.toString().replaceAll("[\\r\\n]+", " ")).append('\n'));
        return sb.toString();
    }

    @Override
    public String toString() {
        return "SyncPlan[" + statements.size() + " statements, " + skipped.size() + " skipped]\n" + toSqlScript();
    }
}
