package dev.tideorm.schema.diff;

import dev.tideorm.core.annotation.ForeignKeyAction;

/**
 * The per-dialect knowledge the pure diff needs: how the catalog spells types, which referential actions the
 * database treats as the same, and how it stores an identifier.
 */
public interface DiffRules {
    /** See {@link #postgresGeneratedName}. */
    java.util.regex.Pattern PG_GENERATED = java.util.regex.Pattern.compile("(.+)_(?:key|idx)[0-9]*");
    /** See {@link #h2GeneratedName}. */
    java.util.regex.Pattern H2_GENERATED = java.util.regex.Pattern.compile("(?:CONSTRAINT_INDEX_|CONSTRAINT_|INDEX_)[0-9A-F]+");

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
     * Whether {@code name} is one the database made up for an unnamed unique constraint or index over
     * {@code column} of {@code table}, rather than one somebody chose. Only such names are adopted by sync (renamed
     * to {@code idx-<table>-<column>}); a chosen name is left alone. False by default.
     */
    default boolean generatedName(String table, String column, String name) {
        return false;
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

    /**
     * PostgreSQL's name for an unnamed UNIQUE constraint ({@code <table>_<column>_key}) or index
     * ({@code <table>_<column>_idx}): a number is appended when the name is taken, and table and column are cut
     * short when the whole would pass {@code maxBytes}.
     */
    static boolean postgresGeneratedName(String table, String column, String name, int maxBytes) {
        java.util.regex.Matcher m = PG_GENERATED.matcher(name);
        if (!m.matches()) {
            return false;
        }
        String stem = m.group(1);
        if (stem.equals(table + "_" + column)) {
            return true;
        }
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < maxBytes - 3) {
            return false;
        }
        for (int cut = stem.indexOf('_'); cut > 0; cut = stem.indexOf('_', cut + 1)) {
            String c = stem.substring(cut + 1);
            if (!c.isEmpty() && table.startsWith(stem.substring(0, cut)) && column.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    /** H2's name for an unnamed constraint or index: {@code CONSTRAINT_<hex>}, {@code CONSTRAINT_INDEX_<hex>}, {@code INDEX_<hex>}. */
    static boolean h2GeneratedName(String name) {
        return H2_GENERATED.matcher(name).matches();
    }

    /** Rules that compare types case-insensitively and ignore whitespace, and know both databases' generated names; for tests. */
    static DiffRules simple() {
        return new DiffRules() {
            @Override
            public String normalizeType(String t) {
                return t.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
            }

            @Override
            public boolean generatedName(String table, String column, String name) {
                return postgresGeneratedName(table, column, name, 63) || h2GeneratedName(name);
            }
        };
    }
}
