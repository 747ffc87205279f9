package dev.tideorm.core.sql.render;

import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates SQL text and, in bound mode, the values to bind in marker order. One writer renders
 * one statement, sub-queries included, so bind markers are numbered across the whole statement.
 *
 * <p>Two modes:
 * <ul>
 *   <li>{@link #bound(IntFunction)}: every value becomes a bind marker ({@code $1}, {@code $2}, ...)
 *       and is recorded in {@link #binds()}; the text never contains a value.</li>
 *   <li>{@link #inlining()}: the renderer writes values as SQL literals. For logs and tests only;
 *       {@link #bind(Value)} is refused.</li>
 * </ul>
 * Not thread-safe; create one per rendering.
 */
public final class SqlWriter {
    private final StringBuilder sql = new StringBuilder(128);
    private final List<Value> binds = new ArrayList<>();
    private final @Nullable IntFunction<String> bindMarker;

    private SqlWriter(@Nullable IntFunction<String> bindMarker) {
        this.bindMarker = bindMarker;
    }

    /**
     * A writer that turns each value into a bind marker.
     *
     * @param bindMarker the marker of a 1-based parameter index, e.g. {@code i -> "$" + i}
     */
    public static SqlWriter bound(IntFunction<String> bindMarker) {
        return new SqlWriter(Objects.requireNonNull(bindMarker, "bindMarker"));
    }

    /** A writer whose renderer inlines values as literals (logs and tests only). */
    public static SqlWriter inlining() {
        return new SqlWriter(null);
    }

    /** Whether values are written as literals rather than bind markers. */
    public boolean isInlining() {
        return bindMarker == null;
    }

    /** Appends SQL text verbatim. */
    public SqlWriter append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends one character verbatim. */
    public SqlWriter append(char c) {
        sql.append(c);
        return this;
    }

    /**
     * Appends the next bind marker and records {@code value} for it.
     *
     * @throws IllegalStateException in inlining mode
     */
    public SqlWriter bind(Value value) {
        Objects.requireNonNull(value, "value");
        if (bindMarker == null) {
            throw new IllegalStateException("an inlining SqlWriter takes literals, not binds");
        }
        binds.add(value);
        sql.append(bindMarker.apply(binds.size()));
        return this;
    }

    /** The values bound so far, in marker order. */
    public List<Value> binds() {
        return List.copyOf(binds);
    }

    /** The SQL text written so far. */
    public String sql() {
        return sql.toString();
    }

    /** The text and binds as a {@link Statement} with the given generated columns. */
    public Statement toStatement(List<String> generatedColumns) {
        return new Statement(sql.toString(), binds, generatedColumns);
    }

    /** The SQL text written so far. */
    @Override
    public String toString() {
        return sql.toString();
    }
}
