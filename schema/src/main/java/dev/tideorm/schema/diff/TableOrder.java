package dev.tideorm.schema.diff;

import dev.tideorm.schema.model.ForeignKeyDef;
import dev.tideorm.schema.model.TableDef;
import dev.tideorm.schema.model.TableName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders tables so that every referenced table comes before the tables referencing it. Deterministic: among
 * the tables that are ready, the smallest name goes first; on a cycle the smallest remaining name is taken
 * next, which is safe because foreign keys are added after all tables exist. Self references are ignored.
 */
public final class TableOrder {
    private TableOrder() {
    }

    /**
     * The tables in foreign-key order.
     *
     * @param currentSchema the schema unqualified names are in, to match references
     */
    public static List<TableDef> sort(List<TableDef> tables, String currentSchema) {
        Map<TableName, TableDef> byKey = new TreeMap<>();
        for (TableDef t : tables) {
            byKey.putIfAbsent(t.name().resolve(currentSchema), t);
        }
        Map<TableName, Set<TableName>> dependsOn = new HashMap<>();
        Map<TableName, Set<TableName>> dependents = new HashMap<>();
        for (var e : byKey.entrySet()) {
            Set<TableName> deps = new HashSet<>();
            for (ForeignKeyDef fk : e.getValue().foreignKeys()) {
                TableName ref = fk.refTable().resolve(currentSchema);
                if (!ref.equals(e.getKey()) && byKey.containsKey(ref)) {
                    deps.add(ref);
                    dependents.computeIfAbsent(ref, k -> new HashSet<>()).add(e.getKey());
                }
            }
            dependsOn.put(e.getKey(), deps);
        }
        Comparator<TableName> byDeclaredName = Comparator.comparing(k -> byKey.get(k).name());
        TreeSet<TableName> ready = new TreeSet<>(byDeclaredName);
        TreeSet<TableName> waiting = new TreeSet<>(byDeclaredName);
        dependsOn.forEach((k, deps) -> (deps.isEmpty() ? ready : waiting).add(k));
        List<TableDef> out = new ArrayList<>(byKey.size());
        while (!ready.isEmpty() || !waiting.isEmpty()) {
            TableName next = ready.isEmpty() ? waiting.pollFirst() : ready.pollFirst();
            out.add(byKey.get(next));
            for (TableName d : dependents.getOrDefault(next, Set.of())) {
                Set<TableName> deps = dependsOn.get(d);
                deps.remove(next);
                if (deps.isEmpty() && waiting.remove(d)) {
                    ready.add(d);
                }
            }
        }
        return out;
    }
}
