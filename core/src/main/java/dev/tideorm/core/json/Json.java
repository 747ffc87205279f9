package dev.tideorm.core.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable JSON value: a tree of objects, arrays, strings, numbers, booleans and null. An entity component
 * of this type is stored in a JSON column ({@code jsonb} on PostgreSQL, {@code JSON} on H2).
 *
 * <pre>{@code
 * Json doc = Json.parse("{\"tags\":[\"a\",\"b\"],\"n\":1}");
 * doc.get("tags").get(0).asString();                      // "a"
 * Json.object(Map.of("n", Json.number(2))).toString();    // {"n":2}
 * }</pre>
 *
 * {@code toString()} is the compact JSON text; {@code equals} compares trees (object key order ignored).
 */
public sealed interface Json permits Json.JObject, Json.JArray, Json.JString, Json.JNumber, Json.JBool, Json.JNull {

    /** A JSON object; iteration keeps insertion order. */
    record JObject(Map<String, Json> members) implements Json {
        /** Copies {@code members}; a null name or value is rejected (use {@link JNull} for JSON null). */
        public JObject {
            members.forEach((k, v) -> {
                Objects.requireNonNull(k, "member name");
                Objects.requireNonNull(v, () -> "member " + k + " is null; use Json.nullValue()");
            });
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public String toString() {
            return JsonWriter.text(this);
        }
    }

    /** A JSON array. */
    record JArray(List<Json> items) implements Json {
        /** Copies {@code items}; a null item is rejected (use {@link JNull} for JSON null). */
        public JArray {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return JsonWriter.text(this);
        }
    }

    /** A JSON string. */
    record JString(String value) implements Json {
        /** Rejects a null value. */
        public JString {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return JsonWriter.text(this);
        }
    }

    /** A JSON number, kept exact. Equality is numeric ({@code 1.0} equals {@code 1}). */
    record JNumber(BigDecimal value) implements Json {
        /** Rejects a null value. */
        public JNumber {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof JNumber n && n.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** A JSON boolean. */
    record JBool(boolean value) implements Json {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** The JSON null. */
    record JNull() implements Json {
        @Override
        public String toString() {
            return "null";
        }
    }

    /**
     * Parses JSON text (RFC 8259, strict).
     *
     * @throws IllegalArgumentException with the offset of the first error
     */
    static Json parse(String text) {
        return new JsonParser(text).parseDocument();
    }

    /** An object with these members, in the map's iteration order. */
    static Json object(Map<String, Json> members) {
        return new JObject(members);
    }

    /** An array of these items. */
    static Json array(List<Json> items) {
        return new JArray(items);
    }

    /** An array of these items. */
    static Json array(Json... items) {
        return new JArray(List.of(items));
    }

    /** A string. */
    static Json string(String value) {
        return new JString(value);
    }

    /** An integral number. */
    static Json number(long value) {
        return new JNumber(BigDecimal.valueOf(value));
    }

    /** A number, kept exact. */
    static Json number(BigDecimal value) {
        return new JNumber(value);
    }

    /** {@code true} or {@code false}. */
    static Json bool(boolean value) {
        return new JBool(value);
    }

    /** The JSON null. */
    static Json nullValue() {
        return new JNull();
    }

    /** The member {@code key} of an object; {@code JNull} when absent or when this is not an object. */
    default Json get(String key) {
        if (this instanceof JObject o) {
            Json v = o.members().get(key);
            return v == null ? new JNull() : v;
        }
        return new JNull();
    }

    /** The item at {@code index} of an array; {@code JNull} when out of range or not an array. */
    default Json get(int index) {
        if (this instanceof JArray a && index >= 0 && index < a.items().size()) {
            return a.items().get(index);
        }
        return new JNull();
    }

    /**
     * The string value.
     *
     * @throws IllegalStateException when this is not a string
     */
    default String asString() {
        if (this instanceof JString s) return s.value();
        throw new IllegalStateException("not a JSON string but " + kindOf(this));
    }

    /**
     * The numeric value.
     *
     * @throws IllegalStateException when this is not a number
     */
    default BigDecimal asNumber() {
        if (this instanceof JNumber n) return n.value();
        throw new IllegalStateException("not a JSON number but " + kindOf(this));
    }

    /**
     * The boolean value.
     *
     * @throws IllegalStateException when this is not a boolean
     */
    default boolean asBoolean() {
        if (this instanceof JBool b) return b.value();
        throw new IllegalStateException("not a JSON boolean but " + kindOf(this));
    }

    /** The string value if this is a string. */
    default Optional<String> stringValue() {
        return this instanceof JString s ? Optional.of(s.value()) : Optional.empty();
    }

    /** Whether this is the JSON null. */
    default boolean isNull() {
        return this instanceof JNull;
    }

    /** Builds an array from a list of JSON values. */
    static Json arrayOf(List<? extends Json> items) {
        return new JArray(new ArrayList<>(items));
    }

    /** The kind of a value, for messages, which never show the value itself: it may be stored data. */
    private static String kindOf(Json json) {
        if (json instanceof JObject) return "an object";
        if (json instanceof JArray) return "an array";
        if (json instanceof JString) return "a string";
        if (json instanceof JNumber) return "a number";
        if (json instanceof JBool) return "a boolean";
        return "null";
    }
}
