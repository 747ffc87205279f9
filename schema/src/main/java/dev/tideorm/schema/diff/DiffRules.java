package dev.tideorm.schema.diff;

import dev.tideorm.core.annotation.ForeignKeyAction;

/**
 * The per-dialect knowledge the pure diff needs: how the catalog spells types, which referential actions the
 * database treats as the same, and how it stores an identifier.
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

    /**
     * The name the catalog reports for an object created under {@code name}: PostgreSQL truncates identifiers to
     * 63 bytes, so a long {@code idx-<table>-<column>} is found under its truncated form. Unchanged by default.
     */
    default String identifier(String name) {
        return name;
    }

    /**
     * {@code name} cut to at most {@code maxBytes} bytes of UTF-8 without splitting a character, as PostgreSQL
     * truncates identifiers longer than {@code NAMEDATALEN - 1}.
     */
    static String truncateUtf8(String name, int maxBytes) {
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= maxBytes) {
            return name;
        }
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int len = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + len > maxBytes) {
                break;
            }
            bytes += len;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }

    /** Rules that compare types case-insensitively and ignore whitespace; for tests. */
    static DiffRules simple() {
        return t -> t.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
    }
}
