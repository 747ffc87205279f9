package dev.tideorm.core.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An immutable DELETE statement: {@code DELETE FROM t WHERE cond [RETURNING ...]}. */
public record DeleteStatement(TableRef table, @Nullable Expr where, List<String> returning) {
    public DeleteStatement {
        Objects.requireNonNull(table, "table");
        returning = List.copyOf(returning);
    }
}
