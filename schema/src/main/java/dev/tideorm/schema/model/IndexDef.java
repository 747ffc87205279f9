package dev.tideorm.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * An index or unique constraint over columns in key order. Desired indexes are {@link IndexKind#INDEX}, except the
 * named unique constraint of a unique column ({@link #uniqueColumn}); introspected ones say what backs them. For a
 * constraint {@code name} is the constraint's name.
 *
 * @param name        the index (or constraint) name
 * @param columns     the column names in key order
 * @param unique      whether the index enforces uniqueness
 * @param kind        what backs it
 * @param foreignKeys the foreign key constraints of the same table that use this index and keep it from being
 *                    dropped: H2 lets a foreign key use any index starting with its columns. Always empty on
 *                    PostgreSQL and for desired indexes
 */
public record IndexDef(String name, List<String> columns, boolean unique, IndexKind kind, List<String> foreignKeys) {
    /** Copies the lists and checks that the index has columns. */
    public IndexDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " has no columns");
        }
    }

    /** An index no foreign key uses. */
    public IndexDef(String name, List<String> columns, boolean unique, IndexKind kind) {
        this(name, columns, unique, kind, List.of());
    }

    /** A desired plain index. */
    public static IndexDef index(String name, List<String> columns, boolean unique) {
        return new IndexDef(name, columns, unique, IndexKind.INDEX);
    }

    /**
     * The unique constraint of a unique column: {@code idx-<table>-<column>}, the name SeaORM gives the unique
     * index of a column made unique later, on both backends and whether the table is created or altered.
     */
    public static IndexDef uniqueColumn(TableName table, String column) {
        return new IndexDef(uniqueColumnName(table, column), List.of(column), true, IndexKind.UNIQUE_CONSTRAINT);
    }

    /** {@code idx-<table>-<column>}: the name of a unique column's constraint (without the table's schema). */
    public static String uniqueColumnName(TableName table, String column) {
        return "idx-" + table.name() + "-" + column;
    }

    /** This index or constraint under another name (after a rename). */
    public IndexDef withName(String newName) {
        return new IndexDef(newName, columns, unique, kind, foreignKeys);
    }

    /** This index over other columns (after a rename, or while catalog rows are assembled). */
    public IndexDef withColumns(List<String> cols) {
        return new IndexDef(name, cols, unique, kind, foreignKeys);
    }

    /** This index used by the given foreign key constraints. */
    public IndexDef withForeignKeys(List<String> fks) {
        return new IndexDef(name, columns, unique, kind, fks);
    }

    @Override
    public String toString() {
        String what = switch (kind) {
            case INDEX -> unique ? "unique index" : "index";
            case UNIQUE_CONSTRAINT -> "unique constraint";
            case PRIMARY_KEY -> "primary key";
        };
        return what + " " + name + " (" + String.join(", ", columns) + ")";
    }
}
