package dev.tideorm.core.sql;

import java.util.List;
import java.util.Objects;

/**
 * A rendered statement ready for execution: SQL text with dialect bind markers, the values to bind
 * in marker order, and the columns whose values the driver must return for each affected row
 * ({@code generatedColumns}; empty when none). On a dialect without RETURNING (H2) the executor
 * asks the driver for them with {@code returnGeneratedValues}.
 *
 * <p>{@link #toString()} is the SQL text only; use {@code SqlRenderer.inline} for a
 * values-inlined form in logs and tests. Values are never concatenated into executed SQL.
 */
public record Statement(String sql, List<Value> binds, List<String> generatedColumns) {
    public Statement {
        Objects.requireNonNull(sql, "sql");
        binds = List.copyOf(binds);
        generatedColumns = List.copyOf(generatedColumns);
    }

    /** A statement with no bound values. */
    public static Statement of(String sql) {
        return new Statement(sql, List.of(), List.of());
    }

    /**
     * Raw SQL with values, the explicit escape hatch. The SQL must use the target dialect's
     * bind markers ({@code $1} on PostgreSQL and H2).
     */
    public static Statement raw(String sql, List<Value> binds) {
        return new Statement(sql, binds, List.of());
    }

    @Override
    public String toString() {
        return sql;
    }
}
