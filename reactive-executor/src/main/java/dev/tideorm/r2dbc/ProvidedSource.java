package dev.tideorm.r2dbc;

import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.DbException;
import dev.tideorm.r2dbc.internal.Backend;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Connections from a {@link ConnectionProvider} the application gave ({@link Database#wrap}): TideORM borrows and
 * gives back through it and owns nothing, so closing the database leaves the provider's connections alone. When
 * the provider's factory is an r2dbc-pool {@code ConnectionPool}, its counters are the database's pool stats.
 */
final class ProvidedSource implements ConnectionSource {
    private final ConnectionProvider provider;
    private final Backend backend;
    private final @Nullable ConnectionPool pool;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();

    ProvidedSource(ConnectionProvider provider, Backend backend, @Nullable ConnectionPool pool, String description) {
        this.provider = provider;
        this.backend = backend;
        this.pool = pool;
        this.description = description;
    }

    @Override
    public Publisher<? extends Connection> borrowOnce() {
        return closed.get() ? Mono.error(new ConnectionException("database '" + description + "' is closed"))
                : provider.acquire();
    }

    @Override
    public Throwable borrowFailure(Throwable e) {
        return failure(e);
    }

    @Override
    public Throwable noConnection() {
        return new ConnectionException("the connection provider of '" + description + "' emitted no connection");
    }

    private DbException failure(Throwable e) {
        if (e instanceof R2dbcException r) {
            DbException translated = backend.errors().translate(r, null);
            return translated instanceof ConnectionException ? translated
                    : new ConnectionException("cannot get a connection from " + description + ": "
                    + translated.getMessage(), null, r.getSqlState(), e);
        }
        return new ConnectionException("cannot get a connection from " + description + ": "
                + PooledSource.rootMessage(e), null, null, e);
    }

    @Override
    public Mono<Void> giveBack(Connection connection) {
        return Mono.from(provider.release(connection));
    }

    @Override
    public Mono<Void> discard(Connection connection) {
        return Mono.from(provider.discard(connection));
    }

    @Override
    public PoolStats stats() {
        PoolMetrics m = pool == null ? null : pool.getMetrics().orElse(null);
        return m == null ? new PoolStats(0, 0, 0, 0, 0)
                : new PoolStats(m.acquiredSize(), m.idleSize(), m.allocatedSize(), m.pendingAcquireSize(),
                        m.getMaxAllocatedSize());
    }

    /** Refuses further borrows; the provider's connections are the application's to close. */
    @Override
    public Mono<Void> close() {
        return Mono.fromRunnable(() -> closed.set(true));
    }

    @Override
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public String description() {
        return description;
    }
}
