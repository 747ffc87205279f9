package dev.tideorm.r2dbc;

import org.jspecify.annotations.Nullable;

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

    /**
     * Called when a statement is about to be sent, on the subscribing thread, with the subscriber's Reactor context
     * (for tracing: the parent span or observation lives there). A listener that measures each statement returns a
     * handle here, which receives the finished event (in addition to {@link #onStatement}); the default returns
     * null (nothing to finish). Must be fast; must not block.
     */
    default @Nullable Finish onStart(StatementStart start) {
        return null;
    }

    /** What a listener started for one statement, finished when the statement ends. */
    @FunctionalInterface
    interface Finish {
        /** The statement ended: completed, failed or cancelled. */
        void finish(StatementEvent event);
    }
}
