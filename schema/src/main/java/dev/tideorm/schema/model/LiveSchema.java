package dev.tideorm.schema.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the catalog says about the schemas that were discovered. Every table name carries its schema; names
 * declared without one are matched through {@link #currentSchema()}.
 *
 * @param currentSchema the connection's current schema ({@code current_schema()} / {@code CURRENT_SCHEMA})
 * @param tables        every table found, sorted by name
 */
public record LiveSchema(String currentSchema, List<TableDef> tables) {
    /** Sorts the tables by name. */
    public LiveSchema {
        Objects.requireNonNull(currentSchema, "currentSchema");
        List<TableDef> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(TableDef::name));
        tables = List.copyOf(sorted);
    }

    /** A schema with no tables. */
    public static LiveSchema empty(String currentSchema) {
        return new LiveSchema(currentSchema, List.of());
    }

    /** The table a (possibly unqualified) name refers to. */
    public Optional<TableDef> table(TableName declared) {
        TableName key = declared.resolve(currentSchema);
        return tables.stream().filter(t -> t.name().resolve(currentSchema).equals(key)).findFirst();
    }

    /** Tables keyed by schema-qualified name. */
    public Map<TableName, TableDef> byResolvedName() {
        Map<TableName, TableDef> out = new TreeMap<>();
        tables.forEach(t -> out.put(t.name().resolve(currentSchema), t));
        return out;
    }

    /** This schema with {@code more} tables added; used when discovery runs schema by schema. */
    public LiveSchema plus(Collection<TableDef> more) {
        List<TableDef> all = new ArrayList<>(tables);
        all.addAll(more);
        return new LiveSchema(currentSchema, all);
    }
}
