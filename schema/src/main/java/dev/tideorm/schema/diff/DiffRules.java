package dev.tideorm.schema.diff;

import dev.tideorm.core.annotation.ForeignKeyAction;

/**
 * The per-dialect knowledge the pure diff needs: how the catalog spells types, and which referential actions
 * the database treats as the same.
 */
public interface DiffRules {
    /**
     * A canonical spelling of a SQL type, so that a catalog type ({@code character varying(32)}) and a DDL type
     * ({@code varchar(32)}) of the same type compare equal.
     */
    String normalizeType(String sqlType);

    /** Whether two referential actions are the same in this database. */
    default boolean sameAction(ForeignKeyAction a, ForeignKeyAction b) {
        return a == b;
    }

    /** Rules that compare types case-insensitively and ignore whitespace; for tests. */
    static DiffRules simple() {
        return t -> t.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
    }
}
