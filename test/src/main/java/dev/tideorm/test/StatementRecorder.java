package dev.tideorm.test;

import dev.tideorm.r2dbc.StatementEvent;
import dev.tideorm.r2dbc.StatementListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link StatementListener} that records every statement, for asserting the exact SQL executed and how many
 * statements ran. {@link #sql()} leaves out transaction control (BEGIN, COMMIT, savepoints); {@link #all()}
 * keeps it.
 */
public final class StatementRecorder implements StatementListener {
    private final List<StatementEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onStatement(StatementEvent event) {
        events.add(event);
    }

    /** Forgets what was recorded so far. */
    public void clear() {
        events.clear();
    }

    /** Every recorded event, transaction control included, in the order the statements finished. */
    public List<StatementEvent> events() {
        return List.copyOf(events);
    }

    /** The SQL of the recorded statements, without transaction control. */
    public List<String> sql() {
        return events.stream().filter(e -> !e.isTransactionControl()).map(StatementEvent::sql).toList();
    }

    /** The SQL of every recorded event, BEGIN/COMMIT/ROLLBACK and savepoints included. */
    public List<String> all() {
        return events.stream().map(StatementEvent::sql).toList();
    }

    /** The number of statements recorded, without transaction control. */
    public int count() {
        return sql().size();
    }
}
