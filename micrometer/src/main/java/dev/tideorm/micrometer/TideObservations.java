package dev.tideorm.micrometer;

import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.r2dbc.StatementEvent;
import dev.tideorm.r2dbc.StatementListener;
import dev.tideorm.r2dbc.StatementStart;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link StatementListener} that makes every statement an {@link Observation} named {@value #STATEMENT}, and
 * every transaction (BEGIN to COMMIT or ROLLBACK) one named {@value #TRANSACTION} whose statements are its
 * children. The parent of a statement outside a transaction, and of a transaction, is the observation in the
 * subscriber's Reactor context ({@link ObservationThreadLocalAccessor#KEY}, where Spring and Reactor's context
 * propagation put the current one), so a trace shows the SQL under the request that ran it.
 *
 * <p>Key values: low cardinality {@code db.operation} (SELECT, INSERT, ..., BEGIN, COMMIT), {@code tideorm.outcome}
 * (success, error, cancelled), {@code tideorm.in_transaction}; high cardinality {@code db.statement} (the SQL with
 * bind markers, never values) and {@code db.rows}. With a {@code DefaultMeterObservationHandler} on the registry
 * these become timers {@code tideorm.statement} and {@code tideorm.transaction} tagged by the low-cardinality
 * values.
 *
 * <pre>{@code
 * ObservationRegistry registry = ObservationRegistry.create();
 * registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
 * Database db = Database.connect(DatabaseOptions.builder(url).listener(new TideObservations(registry)).build()).block();
 * }</pre>
 */
public final class TideObservations implements StatementListener {
    /** The name of a statement's observation (and timer). */
    public static final String STATEMENT = "tideorm.statement";
    /** The name of a transaction's observation (and timer). */
    public static final String TRANSACTION = "tideorm.transaction";

    private final ObservationRegistry registry;
    /** Open transactions by the connection they run on. */
    private final Map<Long, Observation> transactions = new ConcurrentHashMap<>();

    /** Observations in {@code registry}. */
    public TideObservations(ObservationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void onStatement(StatementEvent event) {
        // Everything happens in the handle onStart returned.
    }

    @Override
    public @Nullable Finish onStart(StatementStart start) {
        if (registry.isNoop()) {
            return null;
        }
        Observation outer = start.context().getOrDefault(ObservationThreadLocalAccessor.KEY, null);
        StatementEvent.Kind kind = start.kind();
        if (kind == StatementEvent.Kind.BEGIN) {
            Observation tx = Observation.createNotStarted(TRANSACTION, registry)
                    .contextualName("transaction")
                    .parentObservation(outer)
                    .start();
            transactions.put(start.connectionId(), tx);
        }
        Observation parent = start.inTransaction() ? transactions.getOrDefault(start.connectionId(), outer) : outer;
        Observation statement = Observation.createNotStarted(STATEMENT, registry)
                .contextualName(kind.name().toLowerCase(Locale.ROOT))
                .lowCardinalityKeyValue("db.operation", kind.name())
                .lowCardinalityKeyValue("tideorm.in_transaction", Boolean.toString(start.inTransaction()))
                .highCardinalityKeyValue("db.statement", start.statement().sql())
                .parentObservation(parent)
                .start();
        return event -> finish(statement, event);
    }

    private void finish(Observation statement, StatementEvent event) {
        String outcome = event.outcome().name().toLowerCase(Locale.ROOT);
        statement.lowCardinalityKeyValue("tideorm.outcome", outcome);
        statement.highCardinalityKeyValue("db.rows", Long.toString(event.rows()));
        if (event.error() != null) {
            statement.error(event.error());
        }
        statement.stop();
        StatementEvent.Kind kind = event.kind();
        boolean ends = kind == StatementEvent.Kind.COMMIT || kind == StatementEvent.Kind.ROLLBACK
                || kind == StatementEvent.Kind.BEGIN && event.error() != null
                || event.error() instanceof ConnectionException;
        if (ends) {
            Observation tx = transactions.remove(event.connectionId());
            if (tx != null) {
                tx.lowCardinalityKeyValue("tideorm.outcome", event.error() != null ? "error"
                        : kind == StatementEvent.Kind.COMMIT ? "commit" : "rollback");
                if (event.error() != null) {
                    tx.error(event.error());
                }
                tx.stop();
            }
        }
    }

    /** Transactions begun and not yet ended (for tests and diagnostics). */
    int openTransactions() {
        return transactions.size();
    }
}
