package dev.tideorm.schema;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.SchemaException;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.schema.diff.SchemaChange;
import dev.tideorm.schema.diff.SchemaDiff;
import dev.tideorm.schema.diff.SchemaDiffer;
import dev.tideorm.schema.model.EntityTables;
import dev.tideorm.schema.model.TableDef;
import dev.tideorm.schema.model.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The I/O around the pure diff: discovery and emptiness checks (planning), then DDL execution. */
final class SyncPlanner {
    private SyncPlanner() {
    }

    /** Discovers, diffs and checks; fails with {@link SchemaException} on a column that cannot be added. */
    static Mono<SyncPlan> plan(DbConn conn, List<EntityMeta<?>> entities, SchemaSupport support) {
        return Mono.defer(() -> {
            List<TableDef> desired = EntityTables.of(entities, conn.dialect());
            List<TableName> names = desired.stream().map(TableDef::name).toList();
            return support.introspector().discover(conn, names).flatMap(live -> {
                SchemaDiff diff = SchemaDiffer.diff(desired, live, support.introspector().rules());
                SyncPlan plan = new SyncPlan(diff.changes(), support.ddl().render(diff.changes()), diff.skipped());
                return refuseUnfillableColumns(conn, diff, support).thenReturn(plan);
            });
        });
    }

    /** Executes the plan's statements one after the other. */
    static Mono<SyncReport> execute(DbConn conn, SyncPlan plan, SchemaSupport support) {
        List<String> sql = plan.statements();
        return Flux.range(0, sql.size())
                .concatMap(i -> conn.execute(Statement.of(sql.get(i)))
                        .onErrorMap(e -> failure(i, sql, e, support.transactionalDdl())))
                .then(Mono.fromSupplier(() -> new SyncReport(plan.changes(), sql, plan.skipped())));
    }

    /**
     * A NOT NULL column without default or identity can only be added to an empty table. Checked for every such
     * column before anything runs, so a refusal leaves the database untouched.
     */
    private static Mono<Void> refuseUnfillableColumns(DbConn conn, SchemaDiff diff, SchemaSupport support) {
        Map<TableName, List<String>> byTable = new LinkedHashMap<>();
        for (SchemaChange c : diff.changes()) {
            if (c instanceof SchemaChange.AddColumn add && add.requiresEmptyTable()) {
                byTable.computeIfAbsent(add.table(), t -> new ArrayList<>()).add(add.column().name());
            }
        }
        return Flux.fromIterable(byTable.keySet())
                .concatMap(t -> conn.query(Statement.of("SELECT 1 FROM " + support.ddl().table(t) + " LIMIT 1"),
                        r -> 1).collectList().filter(rows -> !rows.isEmpty()).map(rows -> t))
                .collectList()
                .flatMap(nonEmpty -> nonEmpty.isEmpty() ? Mono.empty() : Mono.error(refusal(nonEmpty, byTable)));
    }

    private static SchemaException refusal(List<TableName> tables, Map<TableName, List<String>> columns) {
        StringBuilder sb = new StringBuilder("schema sync refused, nothing was changed: ");
        for (int i = 0; i < tables.size(); i++) {
            TableName t = tables.get(i);
            sb.append(i == 0 ? "" : "; ").append("cannot add NOT NULL column(s) ").append(columns.get(t))
                    .append(" without a default to table ").append(t).append(", which has rows");
        }
        return new SchemaException(sb.append(". Make the column nullable or give it a default "
                + "(@Column(defaultValue = …) or defaultExpr).").toString());
    }

    private static SchemaException failure(int index, List<String> sql, Throwable e, boolean transactional) {
        String kept = transactional
                ? "the sync ran in one transaction and was rolled back, nothing was changed"
                : index == 0 ? "no earlier statement had run"
                : "statements 1 to " + index + " were applied and stay (this database commits each DDL statement)";
        String sqlState = e instanceof DbException d ? d.sqlState() : null;
        return new SchemaException("schema sync failed at statement " + (index + 1) + " of " + sql.size() + " ("
                + e.getMessage() + "); " + kept, Statement.of(sql.get(index)), sqlState, e);
    }
}
