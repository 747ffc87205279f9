package dev.tideorm.schema.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One column. For a desired column {@code type} is the dialect's DDL type and {@code unique} says the entity
 * declares the column unique; for an introspected one {@code type} is the catalog's type name and {@code unique}
 * says a single-column unique index or constraint covers it.
 *
 * @param name          the column name
 * @param type          the SQL type, e.g. {@code varchar(32)}
 * @param nullable      whether NULL is allowed
 * @param autoIncrement whether the database generates the value (identity)
 * @param unique        see above
 * @param defaultSql    the DEFAULT clause's SQL (a quoted literal or an expression), or null
 * @param renamedFrom   the former name to rename from (desired columns only), or null
 */
public record ColumnDef(String name, String type, boolean nullable, boolean autoIncrement, boolean unique,
                        @Nullable String defaultSql, @Nullable String renamedFrom) {
    /** Checks that name and type are set. */
    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A plain column without default, identity, uniqueness or rename. */
    public static ColumnDef of(String name, String type, boolean nullable) {
        return new ColumnDef(name, type, nullable, false, false, null, null);
    }

    /** This column under another name. */
    public ColumnDef withName(String newName) {
        return new ColumnDef(newName, type, nullable, autoIncrement, unique, defaultSql, renamedFrom);
    }

    /** This column with another DEFAULT clause (SQL), or none. */
    public ColumnDef withDefault(@Nullable String sql) {
        return new ColumnDef(name, type, nullable, autoIncrement, unique, sql, renamedFrom);
    }

    /** This column with the unique flag set or cleared. */
    public ColumnDef withUnique(boolean u) {
        return new ColumnDef(name, type, nullable, autoIncrement, u, defaultSql, renamedFrom);
    }

    /** This column with the identity flag set or cleared. */
    public ColumnDef withAutoIncrement(boolean a) {
        return new ColumnDef(name, type, nullable, a, unique, defaultSql, renamedFrom);
    }

    /** This column with another former name, or none. */
    public ColumnDef withRenamedFrom(@Nullable String from) {
        return new ColumnDef(name, type, nullable, autoIncrement, unique, defaultSql, from);
    }

    /** Whether the column has a value for existing rows when added: nullable, a default, or an identity. */
    public boolean fillsExistingRows() {
        return nullable || defaultSql != null || autoIncrement;
    }

    /** A readable definition, e.g. {@code title varchar(32) NOT NULL DEFAULT 'x'}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append(' ').append(type);
        if (autoIncrement) sb.append(" IDENTITY");
        sb.append(nullable ? " NULL" : " NOT NULL");
        if (unique) sb.append(" UNIQUE");
        if (defaultSql != null) sb.append(" DEFAULT ").append(defaultSql);
        return sb.toString();
    }
}
