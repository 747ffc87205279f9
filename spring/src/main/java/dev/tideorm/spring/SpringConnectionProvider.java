package dev.tideorm.spring;

import dev.tideorm.r2dbc.ConnectionProvider;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.r2dbc.connection.ConnectionFactoryUtils;
import org.springframework.r2dbc.connection.ConnectionHolder;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Connections obtained the way Spring's own R2DBC code obtains them: through
 * {@link ConnectionFactoryUtils#getConnection(ConnectionFactory)}, so that a TideORM statement running inside a
 * Spring-managed reactive transaction ({@code @Transactional}, {@code TransactionalOperator} over an
 * {@code R2dbcTransactionManager} for the same factory) runs on that transaction's connection, next to
 * {@code DatabaseClient} and Spring Data R2DBC calls.
 *
 * <p><b>How the transaction is found.</b> Spring binds the transaction's connection to the Reactor
 * <em>subscriber context</em> ({@link TransactionSynchronizationManager#forCurrentTransaction()}), not to a thread.
 * TideORM acquires a connection inside the subscription of each statement, so the context of whoever subscribes
 * (the transactional operator, the {@code @Transactional} proxy) reaches this provider. Outside a Spring
 * transaction {@code getConnection} simply creates a connection from the factory: statements autocommit and
 * {@code db.transaction(...)} opens a real transaction. Inside one, the connection is already in a transaction
 * ({@code isAutoCommit() == false}), so TideORM never commits or rolls it back: its own
 * {@code db.transaction(...)} become savepoints, and Spring decides the outcome.
 *
 * <p><b>Giving connections back.</b> A connection bound to a Spring transaction is left to that transaction, as
 * Spring's own {@code DatabaseClient} leaves it: it stays open, and Spring closes it when the transaction ends. This
 * holds wherever the release runs, even in clean-up that no longer has the transaction's context (a borrower that
 * cancelled). Every other connection is released through {@link ConnectionFactoryUtils#releaseConnection}, which
 * closes it (a pooled factory takes it back). ({@code releaseConnection} is not used for a bound connection: it
 * would call {@code ConnectionHolder.released()}, and the holder of an {@code R2dbcTransactionManager} transaction,
 * which starts with no reference counted, drops its connection when the count gets back to zero; the transaction
 * then has no connection to commit on.) A connection whose state TideORM no longer knows (it failed as a
 * connection, or an operation on it did not finish in time) is {@linkplain ConnectionProvider#discard discarded}:
 * closed underneath its pool wrapper, then given back; for one bound to a Spring transaction this makes that
 * transaction's COMMIT fail rather than commit an unknown state.
 *
 * <pre>{@code
 * Database db = Database.wrap(new SpringConnectionProvider(connectionFactory), "PostgreSQL", options);
 * // simpler: SpringDatabase.of(connectionFactory, options)
 * }</pre>
 *
 * Thread-safe.
 */
public final class SpringConnectionProvider implements ConnectionProvider {
    private final ConnectionFactory factory;
    /** Connections handed out bound to a Spring transaction, and how many of TideORM's leases use each. */
    private final ConcurrentMap<Connection, Integer> bound = new ConcurrentHashMap<>();

    /** A provider of {@code factory}'s connections, joining Spring transactions managed for that factory. */
    public SpringConnectionProvider(ConnectionFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The factory connections come from (the key Spring binds transactional connections under). */
    @Override
    public ConnectionFactory factory() {
        return factory;
    }

    /** The connection factory whose (transaction-bound) connections this provides. */
    public ConnectionFactory connectionFactory() {
        return factory;
    }

    /**
     * Emits the connection of the Spring transaction in the subscriber context, or a new one from the factory.
     * Failures are Spring's {@code DataAccessResourceFailureException}; TideORM reports them as its
     * {@code ConnectionException} with that cause.
     */
    @Override
    public Mono<Connection> acquire() {
        return ConnectionFactoryUtils.getConnection(factory)
                .flatMap(c -> isBound(c).doOnNext(b -> {
                    if (b) {
                        bound.merge(c, 1, Integer::sum);
                    }
                }).thenReturn(c));
    }

    /** Whether {@code c} is the connection Spring has bound to the transaction (or synchronization) in the context. */
    private Mono<Boolean> isBound(Connection c) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .map(m -> m.getResource(factory) instanceof ConnectionHolder h && holds(h, c))
                .onErrorResume(NoTransactionException.class, e -> Mono.just(false));
    }

    private static boolean holds(ConnectionHolder holder, Connection c) {
        try {
            return holder.getConnection() == c;
        } catch (IllegalStateException noConnection) {
            return false;
        }
    }

    /** Whether {@code c} was handed out bound to a Spring transaction; counts one lease of it fewer. */
    private boolean untrack(Connection c) {
        boolean[] was = new boolean[1];
        bound.computeIfPresent(c, (k, leases) -> {
            was[0] = true;
            return leases == 1 ? null : leases - 1;
        });
        return was[0];
    }

    /**
     * Gives {@code connection} back: nothing to do when it came bound to a Spring transaction (it stays open for it),
     * else through {@link ConnectionFactoryUtils#releaseConnection}, which closes it.
     */
    @Override
    public Mono<Void> release(Connection connection) {
        return Mono.defer(() -> untrack(connection) ? Mono.empty()
                : ConnectionFactoryUtils.releaseConnection(connection, factory));
    }

    @Override
    public String toString() {
        return "Spring-managed connections of " + factory.getMetadata().getName();
    }
}
