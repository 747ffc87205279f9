package dev.tideorm.core.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An immutable UPDATE statement: {@code UPDATE t SET a = x, ... WHERE cond [RETURNING ...]}. */
public record UpdateStatement(TableRef table, List<Assignment> assignments, @Nullable Expr where,
                              List<String> returning) {
    /** One {@code column = expr} pair of the SET list. */
    public record Assignment(String column, Expr value) {
        public Assignment {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
        }
    }

    public UpdateStatement {
        Objects.requireNonNull(table, "table");
        assignments = List.copyOf(assignments);
        returning = List.copyOf(returning);
        if (assignments.isEmpty()) throw new IllegalArgumentException("UPDATE needs at least one assignment");
    }

    public UpdateStatement withReturning(List<String> cols) {
        return new UpdateStatement(table, assignments, where, cols);
    }
}
