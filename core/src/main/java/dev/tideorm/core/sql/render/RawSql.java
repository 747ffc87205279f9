package dev.tideorm.core.sql.render;

import java.util.ArrayList;
import java.util.List;

/** Splits raw SQL at its {@code ?} placeholders, skipping any inside '…' strings or "…" identifiers. */
final class RawSql {
    private RawSql() {
    }

    /** The text around the placeholders: one more part than there are placeholders. */
    static List<String> split(String sql) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '?') {
                parts.add(sql.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(sql.substring(start));
        return parts;
    }
}
