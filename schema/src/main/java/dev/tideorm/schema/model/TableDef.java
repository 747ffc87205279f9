package dev.tideorm.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: columns in order, primary key, indexes and foreign keys. A desired table lists in {@code indexes}
 * only what needs {@code CREATE INDEX} (unique keys and indexed columns); unique columns are flagged on the
 * column, and their constraint is {@link IndexDef#uniqueColumn}. An introspected table lists every index and
 * unique constraint except the primary key.
 *
 * @param name        the table
 * @param columns     the columns in order
 * @param primaryKey  the primary key columns in key order; empty when there is none
 * @param indexes     see above
 * @param foreignKeys the foreign keys
 */
public record TableDef(TableName name, List<ColumnDef> columns, List<String> primaryKey, List<IndexDef> indexes,
                       List<ForeignKeyDef> foreignKeys) {
    /** Copies the lists. */
    public TableDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** The column with this name. */
    public Optional<ColumnDef> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** This table under another name. */
    public TableDef withName(TableName newName) {
        return new TableDef(newName, columns, primaryKey, indexes, foreignKeys);
    }

    /** This table with other columns. */
    public TableDef withColumns(List<ColumnDef> cols) {
        return new TableDef(name, cols, primaryKey, indexes, foreignKeys);
    }

    /** This table with other indexes. */
    public TableDef withIndexes(List<IndexDef> idx) {
        return new TableDef(name, columns, primaryKey, idx, foreignKeys);
    }

    /** This table with other foreign keys. */
    public TableDef withForeignKeys(List<ForeignKeyDef> fks) {
        return new TableDef(name, columns, primaryKey, indexes, fks);
    }
}
