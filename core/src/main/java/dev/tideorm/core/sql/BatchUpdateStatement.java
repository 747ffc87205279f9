package dev.tideorm.core.sql;

import java.util.List;
import java.util.Objects;

/**
 * An UPDATE of several rows by key in one statement, each row with its own values: the rows' keys and new
 * values travel as a VALUES list joined to the table. PostgreSQL renders
 * {@code UPDATE "t" SET "a" = "v"."a" FROM (VALUES ($1, $2), ...) AS "v" ("id", "a") WHERE "t"."id" = "v"."id"};
 * dialects without {@code UPDATE ... FROM} render the standard
 * {@code MERGE INTO "t" USING (VALUES ...) AS "v" (...) ON ... WHEN MATCHED THEN UPDATE SET ...}.
 *
 * @param keyColumns the columns identifying a row (the primary key)
 * @param setColumns the columns written
 * @param rows       per row, one expression per key column, then one per set column
 * @param returning  columns to return for each updated row, where the dialect can
 */
public record BatchUpdateStatement(TableRef table, List<String> keyColumns, List<String> setColumns,
                                   List<List<Expr>> rows, List<String> returning) {
    /** The alias of the VALUES list. */
    public static final String SOURCE = "v";

    public BatchUpdateStatement {
        Objects.requireNonNull(table, "table");
        keyColumns = List.copyOf(keyColumns);
        setColumns = List.copyOf(setColumns);
        rows = rows.stream().map(List::copyOf).toList();
        returning = List.copyOf(returning);
        if (keyColumns.isEmpty() || setColumns.isEmpty() || rows.isEmpty()) {
            throw new IllegalArgumentException("a batch UPDATE needs key columns, set columns and rows");
        }
        for (List<Expr> row : rows) {
            if (row.size() != keyColumns.size() + setColumns.size()) {
                throw new IllegalArgumentException("batch UPDATE row has " + row.size() + " values for "
                        + (keyColumns.size() + setColumns.size()) + " columns");
            }
        }
    }

    /** All columns of the VALUES list: keys, then set columns. */
    public List<String> sourceColumns() {
        return java.util.stream.Stream.concat(keyColumns.stream(), setColumns.stream()).toList();
    }

    /** The same statement returning {@code cols}. */
    public BatchUpdateStatement withReturning(List<String> cols) {
        return new BatchUpdateStatement(table, keyColumns, setColumns, rows, cols);
    }
}
