package dev.tideorm.core.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable INSERT statement. An empty column list with one row renders
 * {@code INSERT INTO "t" DEFAULT VALUES}. Every row has exactly one expression per column
 * (use {@link Expr.Keyword} {@code NULL} or {@link Expr.Param} with a typed null for gaps).
 *
 * @param returning columns to return for each inserted row (RETURNING on PostgreSQL, generated values on H2)
 */
public record InsertStatement(TableRef table, List<String> columns, List<List<Expr>> rows,
                              @Nullable OnConflict onConflict, List<String> returning) {
    public InsertStatement {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        rows = copyRows(rows);
        returning = List.copyOf(returning);
        if (rows.isEmpty()) throw new IllegalArgumentException("INSERT needs at least one row");
        for (List<Expr> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "INSERT row has " + row.size() + " values for " + columns.size() + " columns");
            }
        }
        if (columns.isEmpty() && rows.size() > 1) {
            throw new IllegalArgumentException("DEFAULT VALUES inserts exactly one row");
        }
    }

    private static List<List<Expr>> copyRows(List<List<Expr>> rows) {
        if (rows.size() == 1) {
            return List.of(List.copyOf(rows.get(0)));
        }
        List<List<Expr>> copy = new ArrayList<>(rows.size());
        for (List<Expr> row : rows) {
            copy.add(List.copyOf(row));
        }
        return Collections.unmodifiableList(copy);
    }

    public InsertStatement withOnConflict(@Nullable OnConflict oc) {
        return new InsertStatement(table, columns, rows, oc, returning);
    }

    /** The same INSERT of other rows (each with one expression per column). */
    public InsertStatement withRows(List<List<Expr>> newRows) {
        return new InsertStatement(table, columns, newRows, onConflict, returning);
    }

    public InsertStatement withReturning(List<String> cols) {
        return new InsertStatement(table, columns, rows, onConflict, cols);
    }
}
