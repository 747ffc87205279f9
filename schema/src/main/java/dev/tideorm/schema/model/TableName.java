package dev.tideorm.schema.model;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table name with its optional schema. A null schema means the connection's current schema; DDL then
 * leaves the name unqualified. Names are case-sensitive, as every identifier is quoted.
 *
 * @param schema the schema, or null for the current schema
 * @param name   the table name
 */
public record TableName(@Nullable String schema, String name) implements Comparable<TableName> {
    private static final Comparator<TableName> ORDER = Comparator
            .comparing((TableName t) -> t.schema == null ? "" : t.schema)
            .thenComparing(TableName::name);

    /** An empty schema counts as none. */
    public TableName {
        Objects.requireNonNull(name, "name");
        schema = schema == null || schema.isEmpty() ? null : schema;
    }

    /** A table in the current schema. */
    public static TableName of(String name) {
        return new TableName(null, name);
    }

    /** A table in {@code schema}, or in the current schema when it is null or empty. */
    public static TableName of(@Nullable String schema, String name) {
        return new TableName(schema, name);
    }

    /** This name with a null schema replaced by {@code currentSchema}; used to match catalog entries. */
    public TableName resolve(String currentSchema) {
        return schema == null ? new TableName(currentSchema, name) : this;
    }

    /** Orders by schema (the current schema first), then by name. */
    @Override
    public int compareTo(TableName o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
