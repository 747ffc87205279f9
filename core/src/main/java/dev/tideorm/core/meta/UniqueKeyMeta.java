package dev.tideorm.core.meta;

import java.util.List;
import java.util.Objects;

/**
 * A named unique key over one or more columns ({@code @UniqueKey}).
 *
 * @param name    the key name; the index is named {@code idx-<table>-<name>}
 * @param columns the column names, in key order
 */
public record UniqueKeyMeta(String name, List<String> columns) {
    /** Copies {@code columns}, which must not be empty. */
    public UniqueKeyMeta {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("unique key " + name + " has no columns");
    }
}
