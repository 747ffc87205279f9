package dev.tideorm.codegen.model;

import java.util.Locale;
import java.util.Map;
import javax.lang.model.SourceVersion;

/** Name conversions shared by analysis and emission: snake_case, UPPER_SNAKE, capitalisation, singulars. */
public final class Names {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("children", "child"), Map.entry("people", "person"), Map.entry("men", "man"),
            Map.entry("women", "woman"), Map.entry("mice", "mouse"), Map.entry("geese", "goose"),
            Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("movies", "movie"),
            Map.entry("cookies", "cookie"), Map.entry("pies", "pie"), Map.entry("ties", "tie"),
            Map.entry("series", "series"), Map.entry("species", "species"), Map.entry("news", "news"),
            Map.entry("indices", "index"), Map.entry("matrices", "matrix"), Map.entry("vertices", "vertex"),
            Map.entry("analyses", "analysis"), Map.entry("statuses", "status"), Map.entry("aliases", "alias"));

    private Names() {
    }

    /**
     * {@code userId} → {@code user_id}, {@code UserFollower} → {@code user_follower}, {@code HTTPCode} →
     * {@code http_code}.
     */
    public static String snake(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLowerOrDigit = i > 0
                        && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean acronymEnd = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if ((prevLowerOrDigit || acronymEnd) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code userId} → {@code USER_ID}. */
    public static String upperSnake(String name) {
        return snake(name).toUpperCase(Locale.ROOT);
    }

    /** {@code name} → {@code Name}. */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code User} → {@code user}. */
    public static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** A key name such as {@code film_actor} or {@code pair} as a method-name part: {@code FilmActor}, {@code Pair}. */
    public static String camelPart(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isJavaIdentifierPart(c) || c == '_' || c == '$') {
                upper = true;
            } else if (upper) {
                out.append(Character.toUpperCase(c));
                upper = false;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The singular of an English plural field name, for {@code add<Singular>} methods: {@code posts} → {@code post},
     * {@code categories} → {@code category}, {@code addresses} → {@code address}, {@code children} → {@code child},
     * {@code manages} → {@code manage}; a word that does not look plural ({@code following}) is kept.
     */
    public static String singular(String plural) {
        int split = lastWordStart(plural);
        String head = plural.substring(0, split);
        String word = plural.substring(split);
        String lower = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return head + matchCase(word, irregular);
        }
        return head + word.substring(0, word.length() - pluralSuffixLength(lower)) + singularEnding(lower);
    }

    /**
     * {@code name} as a parameter name: a derived name such as the singular of {@code classes} or {@code cases} can
     * be a Java keyword, which gets a trailing underscore ({@code class_}).
     */
    public static String parameterName(String name) {
        return SourceVersion.isKeyword(name) ? name + "_" : name;
    }

    private static int pluralSuffixLength(String w) {
        if (w.length() > 4 && w.endsWith("ies") && !isVowel(w.charAt(w.length() - 4))) {
            return 3;
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
                || w.endsWith("zzes")) {
            return 2;
        }
        if (w.length() > 4 && w.endsWith("uses") && !isVowel(w.charAt(w.length() - 5))) {
            return 2;
        }
        if (w.length() > 1 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return 1;
        }
        return 0;
    }

    private static String singularEnding(String w) {
        return w.length() > 4 && w.endsWith("ies") && !isVowel(w.charAt(w.length() - 4)) ? "y" : "";
    }

    private static int lastWordStart(String name) {
        for (int i = name.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(name.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private static String matchCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0)) ? capitalize(replacement) : replacement;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
