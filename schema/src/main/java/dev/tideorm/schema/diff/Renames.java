package dev.tideorm.schema.diff;

import dev.tideorm.schema.model.ColumnDef;
import dev.tideorm.schema.model.ForeignKeyDef;
import dev.tideorm.schema.model.IndexDef;
import dev.tideorm.schema.model.TableDef;
import dev.tideorm.schema.model.TableName;
import java.util.List;

/** Applies a column rename to a table definition, the way the database does on RENAME COLUMN. */
final class Renames {
    private Renames() {
    }

    /** {@code t} with column {@code from} called {@code to} in its columns, keys and indexes. */
    static TableDef apply(TableDef t, String from, String to) {
        List<ColumnDef> cols = t.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList();
        List<IndexDef> idx = t.indexes().stream().map(i -> i.withColumns(rename(i.columns(), from, to))).toList();
        List<ForeignKeyDef> fks = t.foreignKeys().stream()
                .map(f -> f.withColumns(rename(f.columns(), from, to), f.refColumns())).toList();
        return new TableDef(t.name(), cols, rename(t.primaryKey(), from, to), idx, fks);
    }

    /** {@code t} with its foreign keys to {@code table} following the rename of {@code from}. */
    static TableDef applyToReferences(TableDef t, TableName table, String currentSchema, String from, String to) {
        List<ForeignKeyDef> fks = t.foreignKeys().stream()
                .map(f -> f.refTable().resolve(currentSchema).equals(table)
                        ? f.withColumns(f.columns(), rename(f.refColumns(), from, to)) : f)
                .toList();
        return t.withForeignKeys(fks);
    }

    private static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }
}
