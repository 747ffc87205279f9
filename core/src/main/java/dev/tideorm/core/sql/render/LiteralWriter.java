package dev.tideorm.core.sql.render;

import dev.tideorm.core.sql.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/** Turns a value into literal SQL text for the inlined (log and test) rendering, via the renderer's hooks. */
final class LiteralWriter {
    private static final HexFormat HEX = HexFormat.of();

    private LiteralWriter() {
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static void write(ExprRenderer renderer, SqlWriter out, Value value) {
        Object v = value.value();
        if (v == null) {
            out.append("NULL");
        } else if (v instanceof Object[] elements) {
            out.append("ARRAY[");
            Class<?> elementType = value.type().getComponentType();
            for (int i = 0; i < elements.length; i++) {
                out.append(i > 0 ? ", " : "");
                write(renderer, out, new Value(elements[i], elementType, value.sqlType()));
            }
            out.append(']');
        } else if (v instanceof String s) {
            renderer.stringLiteral(out, s);
        } else if (v instanceof Boolean b) {
            out.append(b ? "TRUE" : "FALSE");
        } else if (v instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) {
                out.append(v.toString());
            } else {
                renderer.stringLiteral(out, v.toString());
            }
        } else if (v instanceof Number n) {
            out.append(n.toString());
        } else if (v instanceof byte[] bytes) {
            renderer.binaryLiteral(out, bytes);
        } else if (v instanceof UUID u) {
            renderer.typedLiteral(out, "UUID", u.toString());
        } else if (!temporal(renderer, out, v)) {
            renderer.stringLiteral(out, v.toString());
        }
    }

    /** Writes a java.time value as a typed literal with ISO-8601 text; false if {@code v} is none. */
    private static boolean temporal(ExprRenderer renderer, SqlWriter out, Object v) {
        if (v instanceof LocalDate d) {
            renderer.typedLiteral(out, "DATE", DateTimeFormatter.ISO_LOCAL_DATE.format(d));
        } else if (v instanceof LocalTime t) {
            renderer.typedLiteral(out, "TIME", DateTimeFormatter.ISO_LOCAL_TIME.format(t));
        } else if (v instanceof LocalDateTime t) {
            renderer.typedLiteral(out, "TIMESTAMP", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t));
        } else if (v instanceof OffsetDateTime t) {
            renderer.typedLiteral(out, "TIMESTAMP WITH TIME ZONE", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
        } else if (v instanceof ZonedDateTime t) {
            renderer.typedLiteral(out, "TIMESTAMP WITH TIME ZONE", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
        } else if (v instanceof Instant t) {
            renderer.typedLiteral(out, "TIMESTAMP WITH TIME ZONE", DateTimeFormatter.ISO_INSTANT.format(t));
        } else if (v instanceof OffsetTime t) {
            renderer.typedLiteral(out, "TIME WITH TIME ZONE", DateTimeFormatter.ISO_OFFSET_TIME.format(t));
        } else {
            return false;
        }
        return true;
    }
}
