package dev.tideorm.core.json;

import java.util.Objects;

/**
 * A JSON document as text, opaque to TideORM. An entity component of this type is stored in a JSON column
 * ({@code jsonb} on PostgreSQL, {@code JSON} on H2), with no JSON library on the class path.
 *
 * <pre>{@code
 * JsonText doc = JsonText.of("{\"tags\": [\"a\", \"b\"]}");
 * doc.text();        // {"tags": ["a", "b"]}
 * doc.toString();    // the same text
 * }</pre>
 *
 * <p>Only a blank text is refused here. The document is not parsed: the database parses it when it is written,
 * and invalid JSON fails that statement with a {@code QueryException}. Equality compares the text, not the
 * document: {@code {"a":1}} and {@code { "a": 1 }} differ. The text read back may not be the text written, since
 * PostgreSQL's {@code jsonb} normalises whitespace and key order; compare parsed documents when that matters.
 *
 * @param text the JSON text, never blank
 */
public record JsonText(String text) {

    /**
     * Wraps {@code text}.
     *
     * @throws IllegalArgumentException when {@code text} is empty or only whitespace, which no JSON document is
     */
    public JsonText {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("JSON text is blank; a JSON document needs at least a value, "
                    + "e.g. null, {} or []");
        }
    }

    /**
     * The document {@code text}.
     *
     * @throws IllegalArgumentException when {@code text} is blank
     */
    public static JsonText of(String text) {
        return new JsonText(text);
    }

    /** The JSON text itself. */
    @Override
    public String toString() {
        return text;
    }
}
