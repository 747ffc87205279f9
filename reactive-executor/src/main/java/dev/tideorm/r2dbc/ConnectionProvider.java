package dev.tideorm.r2dbc;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.util.Objects;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Where a {@linkplain Database#wrap(ConnectionProvider, DatabaseOptions) wrapped} database gets its connections and
 * how it gives them back: the plug-in point for connections the application manages (a pool of its own, Spring's
 * transaction-bound connections). TideORM borrows one connection per statement outside a transaction and one per
 * transaction, always gives it back through {@link #release}, and runs at most one statement at a time on it.
 *
 * <p>A connection that arrives inside a transaction already ({@code isAutoCommit() == false}, e.g. bound to a
 * Spring-managed transaction) is never committed or rolled back by TideORM: its transactions become savepoints in
 * it, and giving it back leaves its transaction alone.
 */
public interface ConnectionProvider {

    /** Emits one connection to use. */
    Publisher<? extends Connection> acquire();

    /** Gives back a connection {@link #acquire} emitted, once TideORM is done with it. */
    Publisher<Void> release(Connection connection);

    /**
     * Gives back a connection whose state is unknown (an operation on it did not finish in time, or it failed as
     * a connection): by default, closes the connection underneath a {@link Wrapped} one (so a pool drops it) and
     * then releases it.
     */
    default Publisher<Void> discard(Connection connection) {
        Object raw = connection instanceof Wrapped<?> w ? w.unwrap() : null;
        Mono<Void> closeRaw = raw instanceof Connection c && c != connection
                ? Mono.from(c.close()).onErrorResume(e -> Mono.empty()) : Mono.empty();
        return closeRaw.then(Mono.from(release(connection)).onErrorResume(e -> Mono.empty()));
    }

    /**
     * The factory the connections come from, if the provider has one: when it is an r2dbc-pool
     * {@code ConnectionPool}, the database's {@link Database#poolStats()} are its counters. Null by default.
     */
    default io.r2dbc.spi.@org.jspecify.annotations.Nullable ConnectionFactory factory() {
        return null;
    }

    /** Connections from {@code factory}, given back by closing them (a pooled factory takes them back). */
    static ConnectionProvider of(ConnectionFactory factory) {
        Objects.requireNonNull(factory, "factory");
        return new ConnectionProvider() {
            @Override
            public Publisher<? extends Connection> acquire() {
                return factory.create();
            }

            @Override
            public Publisher<Void> release(Connection connection) {
                return connection.close();
            }

            @Override
            public ConnectionFactory factory() {
                return factory;
            }

            @Override
            public String toString() {
                return factory.getMetadata().getName() + " connection factory";
            }
        };
    }
}
