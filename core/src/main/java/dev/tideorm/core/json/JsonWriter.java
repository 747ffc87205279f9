package dev.tideorm.core.json;

import java.util.Iterator;
import java.util.Map;

/** Writes compact JSON text. */
final class JsonWriter {
    private JsonWriter() {
    }

    static String text(Json json) {
        StringBuilder sb = new StringBuilder();
        write(json, sb);
        return sb.toString();
    }

    static void write(Json json, StringBuilder out) {
        if (json instanceof Json.JObject o) {
            out.append('{');
            Iterator<Map.Entry<String, Json>> it = o.members().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Json> e = it.next();
                string(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
                if (it.hasNext()) out.append(',');
            }
            out.append('}');
        } else if (json instanceof Json.JArray a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) out.append(',');
                write(a.items().get(i), out);
            }
            out.append(']');
        } else if (json instanceof Json.JString s) {
            string(s.value(), out);
        } else {
            out.append(json);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
