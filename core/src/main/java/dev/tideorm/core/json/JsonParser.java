package dev.tideorm.core.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict recursive-descent parser for RFC 8259 JSON text. */
final class JsonParser {
    private static final int MAX_DEPTH = 512;
    private final String s;
    private int pos;
    private int depth;

    JsonParser(String text) {
        this.s = text;
    }

    Json parseDocument() {
        Json v = value();
        skipWs();
        if (pos != s.length()) throw error("unexpected trailing characters");
        return v;
    }

    private Json value() {
        skipWs();
        if (pos >= s.length()) throw error("unexpected end of input");
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> new Json.JString(string());
            case 't' -> literal("true", new Json.JBool(true));
            case 'f' -> literal("false", new Json.JBool(false));
            case 'n' -> literal("null", new Json.JNull());
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) yield number();
                throw error("unexpected character");
            }
        };
    }

    private Json object() {
        enter();
        pos++;
        Map<String, Json> members = new LinkedHashMap<>();
        skipWs();
        if (peek('}')) {
            pos++;
            depth--;
            return new Json.JObject(members);
        }
        while (true) {
            skipWs();
            if (!peek('"')) throw error("expected a member name");
            String key = string();
            skipWs();
            expect(':');
            members.put(key, value());
            skipWs();
            if (peek(',')) {
                pos++;
            } else {
                expect('}');
                depth--;
                return new Json.JObject(members);
            }
        }
    }

    private Json array() {
        enter();
        pos++;
        List<Json> items = new ArrayList<>();
        skipWs();
        if (peek(']')) {
            pos++;
            depth--;
            return new Json.JArray(items);
        }
        while (true) {
            items.add(value());
            skipWs();
            if (peek(',')) {
                pos++;
            } else {
                expect(']');
                depth--;
                return new Json.JArray(items);
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) throw error("unterminated string");
            char c = s.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c < 0x20) throw error("control character in string");
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= s.length()) throw error("unterminated escape");
            char e = s.charAt(pos++);
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> sb.append(unicodeEscape());
                default -> throw error("bad escape");
            }
        }
    }

    /** The four hex digits of a unicode escape; {@code Integer.parseInt} alone would also accept a sign. */
    private char unicodeEscape() {
        if (pos + 4 > s.length()) throw error("short unicode escape");
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(s.charAt(pos), 16);
            if (digit < 0 || s.charAt(pos) >= 128) throw error("bad unicode escape");
            code = code * 16 + digit;
            pos++;
        }
        return (char) code;
    }

    private Json number() {
        int start = pos;
        if (peek('-')) pos++;
        if (peek('0')) {
            pos++;
        } else {
            digits();
        }
        if (peek('.')) {
            pos++;
            digits();
        }
        if (peek('e') || peek('E')) {
            pos++;
            if (peek('+') || peek('-')) pos++;
            digits();
        }
        try {
            return new Json.JNumber(new BigDecimal(s.substring(start, pos)));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("number out of range");
        }
    }

    private void digits() {
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) pos++;
        if (pos == start) throw error("expected a digit");
    }

    private Json literal(String word, Json value) {
        if (!s.startsWith(word, pos)) throw error("expected " + word);
        pos += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) throw error("nesting deeper than " + MAX_DEPTH);
    }

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < s.length() && s.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) throw error("expected '" + c + "'");
        pos++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("invalid JSON at offset " + pos + ": " + what);
    }
}
