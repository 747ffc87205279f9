package dev.tideorm.r2dbc;

/**
 * Observes every statement a {@link Database} executes, including those of its transactions, and the
 * transaction control calls (BEGIN, COMMIT, ROLLBACK, savepoints) it makes through the R2DBC SPI. Register
 * listeners with {@link DatabaseOptions.Builder#listener(StatementListener)}.
 *
 * <p>{@link #onStatement(StatementEvent)} is called once per statement, when it has finished (completed,
 * failed or been cancelled), on whichever thread finished it. It must be fast and must not block or do I/O;
 * an exception it throws is logged and otherwise ignored. Tests use a recording listener to assert the exact
 * statements executed and their number:
 *
 * <pre>{@code
 * List<StatementEvent> seen = new CopyOnWriteArrayList<>();
 * Database.connect(DatabaseOptions.builder(url).listener(seen::add).build())
 * // seen.get(0).sql()  ->  INSERT INTO "cake" ("name") VALUES ($1) RETURNING "id", "name"
 * }</pre>
 */
@FunctionalInterface
public interface StatementListener {
    /** Called when a statement has finished. */
    void onStatement(StatementEvent event);
}
