package dev.tideorm.schema.model;

import dev.tideorm.core.annotation.ForeignKeyAction;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint.
 *
 * @param name       the constraint name ({@code fk-<table>-<col1>[-<col2>…]} unless the entity names it)
 * @param columns    this table's columns, in key order
 * @param refTable   the referenced table
 * @param refColumns the referenced columns, in key order
 * @param onDelete   the ON DELETE action
 * @param onUpdate   the ON UPDATE action
 */
public record ForeignKeyDef(String name, List<String> columns, TableName refTable, List<String> refColumns,
                            ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
    /** Copies the column lists and checks that they are non-empty and pair up. */
    public ForeignKeyDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(refTable, "refTable");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
        if (columns.isEmpty() || columns.size() != refColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + ": " + columns + " -> " + refColumns);
        }
    }

    /** This key over other columns (after a rename, or while catalog rows are assembled). */
    public ForeignKeyDef withColumns(List<String> cols, List<String> refCols) {
        return new ForeignKeyDef(name, cols, refTable, refCols, onDelete, onUpdate);
    }

    /** This key referencing another table name (the same table, qualified). */
    public ForeignKeyDef withRefTable(TableName table) {
        return new ForeignKeyDef(name, columns, table, refColumns, onDelete, onUpdate);
    }

    @Override
    public String toString() {
        return name + " (" + String.join(", ", columns) + ") REFERENCES " + refTable + " ("
                + String.join(", ", refColumns) + ") ON DELETE " + onDelete.sql() + " ON UPDATE " + onUpdate.sql();
    }
}
