package dev.tideorm.core.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table in a statement: optional schema, name, optional alias. Identifiers are always quoted
 * when rendered.
 */
public record TableRef(@Nullable String schema, String name, @Nullable String alias) {
    public TableRef {
        Objects.requireNonNull(name, "name");
    }

    public static TableRef of(String name) {
        return new TableRef(null, name, null);
    }

    public static TableRef of(@Nullable String schema, String name) {
        return new TableRef(schema == null || schema.isEmpty() ? null : schema, name, null);
    }

    /** This table under an alias. */
    public TableRef as(String newAlias) {
        return new TableRef(schema, name, newAlias);
    }

    /** The name that qualifies columns of this table: the alias if any, else the table name. */
    public String qualifier() {
        return alias != null ? alias : name;
    }
}
