package dev.tideorm.r2dbc;

import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.DbException;
import dev.tideorm.r2dbc.internal.Backend;
import dev.tideorm.r2dbc.internal.Urls;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import io.r2dbc.spi.Wrapped;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.pool.PoolShutdownException;
import reactor.pool.PooledRefMetadata;
import org.reactivestreams.Publisher;

/**
 * TideORM's own pool (r2dbc-pool) over a driver's connection factory, configured from {@link DatabaseOptions}:
 * dead connections are dropped when borrowed and in the background, a borrow that meets one is retried, and every
 * failure is a {@link ConnectionException} whose message never quotes a password.
 */
final class PooledSource implements ConnectionSource {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final ConnectionPool pool;
    private final DatabaseOptions options;
    private final Backend backend;
    private final String maskedUrl;
    private final List<String> secrets;
    private final AtomicBoolean closed = new AtomicBoolean();

    PooledSource(ConnectionFactory factory, DatabaseOptions options, Backend backend, String maskedUrl,
                 List<String> secrets) {
        this.pool = new ConnectionPool(poolConfiguration(factory, options, backend));
        this.options = options;
        this.backend = backend;
        this.maskedUrl = maskedUrl;
        this.secrets = secrets;
    }

    private static ConnectionPoolConfiguration poolConfiguration(ConnectionFactory factory, DatabaseOptions o,
                                                                 Backend backend) {
        ConnectionPoolConfiguration.Builder b = ConnectionPoolConfiguration.builder(factory)
                .maxSize(o.maxSize())
                .initialSize(o.initialSize())
                .minIdle(o.minIdle())
                .maxAcquireTime(o.acquireTimeout())
                .acquireRetry(o.acquireRetry())
                .maxIdleTime(o.maxIdleTime())
                .backgroundEvictionInterval(o.evictionInterval())
                .customizer(pool -> pool.evictionPredicate(evictionPredicate(o, backend)));
        if (o.maxLifeTime() != null) {
            b.maxLifeTime(o.maxLifeTime());
        }
        if (o.validationQuery() != null) {
            b.validationQuery(o.validationQuery());
        }
        if (o.poolName() != null) {
            b.name(o.poolName());
        }
        if (backend.opensConnectionsBlocking()) {
            // Found by BlockHound (ConnectIT on H2): r2dbc-pool opens connections on Schedulers.single().
            b.allocatorSubscribeOn(Schedulers.boundedElastic());
        }
        return b.build();
    }

    /**
     * r2dbc-pool's own predicate (idle and life time) plus a liveness check, so that connections the server has
     * closed (a restart, a killed backend) are dropped while idle, by the background check and when borrowed,
     * instead of failing a caller. (r2dbc-pool allows one predicate only, so this replaces its own.)
     */
    private static BiPredicate<Connection, PooledRefMetadata> evictionPredicate(DatabaseOptions o, Backend backend) {
        long maxIdle = o.maxIdleTime().toMillis();
        long maxLife = o.maxLifeTime() == null ? Long.MAX_VALUE : o.maxLifeTime().toMillis();
        return (connection, meta) -> meta.idleTime() >= maxIdle || meta.lifeTime() >= maxLife
                || !backend.isOpen(connection);
    }

    /** Opens the initial connections, or opens and returns one when there are none, so a bad URL fails here. */
    Mono<Void> warmUp() {
        if (options.initialSize() > 0) {
            return pool.warmup().then();
        }
        return Mono.usingWhen(pool.create(), c -> Mono.empty(), c -> Mono.from(c.close()));
    }

    /** One try at borrowing a pooled connection (see {@link #retryBorrow}). */
    @Override
    public Publisher<? extends Connection> borrowOnce() {
        return closed.get() ? Mono.error(new ConnectionException("database '" + maskedUrl + "' is closed"))
                : pool.create();
    }

    /**
     * A pooled connection found dead when borrowed (its validation fails: the server restarted or killed it) costs
     * the caller nothing: the pool drops it and the borrow is tried again, up to once per pooled connection plus
     * one fresh one. A new connection that cannot be opened (the server is down) fails at once.
     */
    @Override
    public boolean retryBorrow(Throwable e, int attempt) {
        if (attempt > options.maxSize() + 1 || !isDeadPooledConnection(e)) {
            return false;
        }
        LOG.debug("a pooled connection of {} was dead; borrowing another", maskedUrl, e);
        return true;
    }

    @Override
    public Throwable borrowFailure(Throwable e) {
        return acquireFailure(e);
    }

    @Override
    public Throwable noConnection() {
        return new ConnectionException("the pool of '" + maskedUrl + "' emitted no connection");
    }

    /**
     * Whether {@code e} is a pooled connection failing its validation, rather than a time-out, a closed pool or
     * a new connection that could not be opened (r2dbc-postgresql says "Cannot connect to ...", with the socket's
     * {@code ConnectException} as a cause).
     */
    private static boolean isDeadPooledConnection(Throwable e) {
        if (!(e instanceof R2dbcNonTransientResourceException || e instanceof R2dbcTransientResourceException)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || String.valueOf(t.getMessage()).startsWith("Cannot connect to")) {
                return false;
            }
        }
        return true;
    }

    private DbException acquireFailure(Throwable e) {
        if (e instanceof PoolShutdownException || closed.get()) {
            return new ConnectionException("database '" + maskedUrl + "' is closed", null, null, e);
        }
        if (e instanceof R2dbcTimeoutException || e instanceof TimeoutException) {
            PoolStats s = stats();
            return new ConnectionException("no connection available within " + options.acquireTimeout()
                    + " (pool of " + s.maxAllocated() + ": " + s.acquired() + " acquired, " + s.pending()
                    + " waiting)", null, null, e);
        }
        if (e instanceof R2dbcException r) {
            DbException translated = backend.errors().translate(r, null);
            return translated instanceof ConnectionException ? translated
                    : new ConnectionException("cannot open a connection: " + redact(translated.getMessage()), null,
                    r.getSqlState(), e);
        }
        return new ConnectionException("cannot acquire a connection: " + redact(rootMessage(e)), null, null, e);
    }

    /** A driver's message without the URL's passwords, should the driver quote them. */
    String redact(String message) {
        return Urls.redact(message, options.url(), secrets);
    }

    @Override
    public Mono<Void> giveBack(Connection connection) {
        return Mono.from(connection.close());
    }

    /**
     * Closes the physical connection under a pooled one, then releases the pooled one: its validation fails and
     * the pool drops it, opening a fresh connection when one is needed.
     */
    @Override
    public Mono<Void> discard(Connection connection) {
        Object raw = connection instanceof Wrapped<?> w ? w.unwrap() : null;
        Mono<Void> closeRaw = raw instanceof Connection c
                ? Mono.from(c.close()).onErrorResume(e -> Mono.empty()) : Mono.empty();
        return closeRaw.then(Mono.from(connection.close()).onErrorResume(e -> Mono.empty()));
    }

    @Override
    public PoolStats stats() {
        return pool.getMetrics()
                .map(PooledSource::stats)
                .orElseGet(() -> new PoolStats(0, 0, 0, 0, options.maxSize()));
    }

    private static PoolStats stats(PoolMetrics m) {
        return new PoolStats(m.acquiredSize(), m.idleSize(), m.allocatedSize(), m.pendingAcquireSize(),
                m.getMaxAllocatedSize());
    }

    /** Disposes the pool: idle connections close at once, borrowed ones when they come back. Quiet. */
    @Override
    public Mono<Void> close() {
        return Mono.defer(() -> closed.compareAndSet(false, true) ? pool.disposeLater() : Mono.empty())
                .onErrorResume(e -> {
                    // Closing connections the server already dropped is not an error: they are closed either way.
                    LOG.debug("closing the pool of {}: {}", maskedUrl, e.toString());
                    return Mono.empty();
                });
    }

    @Override
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public String description() {
        return maskedUrl;
    }

    /** The full message of an error and its causes, each once. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder sb = new StringBuilder(String.valueOf(t.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null && sb.indexOf(t.getMessage()) < 0) {
                sb.append(": ").append(t.getMessage());
            }
        }
        return sb.toString();
    }
}
