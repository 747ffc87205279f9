package dev.tideorm.schema.introspect;

import java.util.Locale;
import java.util.Map;

/**
 * Normalises SQL type spellings: lower case, single spaces, no spaces around parentheses and commas, and the
 * dialect's synonyms for the base name replaced by its canonical one.
 */
final class TypeNames {
    private TypeNames() {
    }

    static String normalize(String type, Map<String, String> synonyms) {
        String s = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replaceAll("\\s*([(),])\\s*", "$1");
        int paren = s.indexOf('(');
        String base = paren < 0 ? s : s.substring(0, paren);
        String rest = paren < 0 ? "" : s.substring(paren);
        return synonyms.getOrDefault(base, base) + rest;
    }
}
