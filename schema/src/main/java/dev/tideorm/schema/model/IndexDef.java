package dev.tideorm.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * An index or unique constraint over columns in key order. Desired indexes are always {@link IndexKind#INDEX};
 * introspected ones say what backs them. For a constraint {@code name} is the constraint's name.
 *
 * @param name    the index (or constraint) name
 * @param columns the column names in key order
 * @param unique  whether the index enforces uniqueness
 * @param kind    what backs it
 */
public record IndexDef(String name, List<String> columns, boolean unique, IndexKind kind) {
    public IndexDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " has no columns");
        }
    }

    /** A desired plain index. */
    public static IndexDef index(String name, List<String> columns, boolean unique) {
        return new IndexDef(name, columns, unique, IndexKind.INDEX);
    }

    public IndexDef withColumns(List<String> cols) {
        return new IndexDef(name, cols, unique, kind);
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
