package dev.tideorm.r2dbc;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.r2dbc.internal.Backend;
import dev.tideorm.r2dbc.internal.Detached;
import dev.tideorm.r2dbc.internal.StatementExecutor;
import dev.tideorm.r2dbc.internal.Urls;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import dev.tideorm.core.error.QueryException;
import dev.tideorm.r2dbc.internal.Lease;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import io.r2dbc.spi.Wrapped;
import java.net.ConnectException;
import java.util.function.BiPredicate;
import reactor.pool.PooledRefMetadata;
import reactor.util.retry.Retry;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.pool.PoolShutdownException;
import reactor.util.context.ContextView;

/** The pooled {@link Database}: r2dbc-pool underneath, one {@link StatementExecutor} for every connection. */
final class R2dbcDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final ConnectionPool pool;
    private final StatementExecutor executor;
    private final DatabaseOptions options;
    private final String maskedUrl;
    /** The passwords, to keep out of driver messages quoted in TideORM's own ({@link Urls#secrets}). */
    private final List<String> secrets;
    private final AtomicBoolean closed = new AtomicBoolean();

    private R2dbcDatabase(ConnectionPool pool, StatementExecutor executor, DatabaseOptions options, String maskedUrl,
                          List<String> secrets) {
        this.pool = pool;
        this.executor = executor;
        this.options = options;
        this.maskedUrl = maskedUrl;
        this.secrets = secrets;
    }

    static Mono<Database> connect(DatabaseOptions options) {
        Objects.requireNonNull(options, "options");
        String masked = Urls.mask(options.url());
        ConnectionFactoryOptions factoryOptions = Urls.parse(options.url(), options.driverOptions());
        List<String> secrets = Urls.secrets(options.url(), factoryOptions);
        ConnectionFactory factory;
        try {
            factory = ConnectionFactories.get(factoryOptions);
        } catch (RuntimeException e) {
            // The SPI's message redacts the password; the driver's own may not, so only its type is kept.
            throw new IllegalArgumentException("cannot use R2DBC URL '" + masked + "': "
                    + (e instanceof IllegalStateException && String.valueOf(e.getMessage()).startsWith("Unable to create")
                    ? "no driver on the class path supports it (TideORM ships with postgresql and h2)"
                    : e.getClass().getSimpleName() + ": "
                    + Urls.redact(String.valueOf(e.getMessage()), options.url(), secrets)));
        }
        String driver = factory.getMetadata().getName();
        Backend known = Backend.forDriver(driver);
        Dialect chosen = options.dialect();
        if (known == null && chosen == null) {
            throw new IllegalArgumentException("TideORM has no dialect for the R2DBC driver '" + driver + "' of '"
                    + masked + "'; name one with DatabaseOptions.Builder.dialect(...)");
        }
        Backend backend = known != null ? known : Backend.generic(Objects.requireNonNull(chosen));
        Dialect dialect = chosen != null ? chosen : backend.dialect();
        return Mono.defer(() -> {
            ConnectionPool pool = new ConnectionPool(poolConfiguration(factory, options, backend));
            StatementExecutor executor = new StatementExecutor(backend, dialect, options.listeners());
            R2dbcDatabase db = new R2dbcDatabase(pool, executor, options, masked, secrets);
            return db.warmUp()
                    .thenReturn((Database) db)
                    .onErrorResume(e -> pool.disposeLater()
                            .onErrorResume(closeError -> Mono.empty())
                            .then(Mono.error(db.connectFailure(e))));
        });
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
    private Mono<Void> warmUp() {
        if (options.initialSize() > 0) {
            return pool.warmup().then();
        }
        return Mono.usingWhen(pool.create(), c -> Mono.empty(), c -> Mono.from(c.close()));
    }

    private DbException connectFailure(Throwable e) {
        if (e instanceof DbException db) {
            return db;
        }
        return new ConnectionException("cannot connect to '" + maskedUrl + "': " + redact(rootMessage(e)), null,
                e instanceof R2dbcException r ? r.getSqlState() : null, e);
    }

    private static String rootMessage(Throwable e) {
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

    // ---- connections ----

    StatementExecutor executor() {
        return executor;
    }

    /**
     * Borrows a connection; every failure is a {@link ConnectionException}. A pooled connection found dead when
     * borrowed (its validation fails: the server restarted or killed it) costs the caller nothing: the pool drops
     * it and the acquisition is retried, up to once per pooled connection plus one fresh one. A new connection
     * that cannot be opened (the server is down) fails at once. A cancel does not reach the pool (see
     * {@link Lease#shieldAcquire}): a connection that arrives after it is given back at once.
     */
    Mono<Lease> acquire() {
        return Lease.shieldAcquire(borrow(), lease -> Detached.run(release(lease),
                "returning a connection whose borrower had cancelled"));
    }

    private Mono<Lease> borrow() {
        return Mono.defer(() -> closed.get()
                        ? Mono.error(new ConnectionException("database '" + maskedUrl + "' is closed"))
                        : pool.create())
                .retryWhen(Retry.max(options.maxSize() + 1L)
                        .filter(R2dbcDatabase::isDeadPooledConnection)
                        .doBeforeRetry(r -> LOG.debug("a pooled connection of {} was dead; borrowing another",
                                maskedUrl, r.failure()))
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .onErrorMap(e -> !(e instanceof DbException), this::acquireFailure)
                .map(c -> new Lease(c, options.drainTimeout()));
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
            PoolStats s = poolStats();
            return new ConnectionException("no connection available within " + options.acquireTimeout()
                    + " (pool of " + s.maxAllocated() + ": " + s.acquired() + " acquired, " + s.pending()
                    + " waiting)", null, null, e);
        }
        if (e instanceof R2dbcException r) {
            DbException translated = executor.backend().errors().translate(r, null);
            return translated instanceof ConnectionException ? translated
                    : new ConnectionException("cannot open a connection: " + redact(translated.getMessage()), null,
                    r.getSqlState(), e);
        }
        return new ConnectionException("cannot acquire a connection: " + redact(rootMessage(e)), null, null, e);
    }

    /** A driver's message without the URL's passwords, should the driver quote them. */
    private String redact(String message) {
        return Urls.redact(message, options.url(), secrets);
    }

    /**
     * Gives a lease back, once: closes it to new statements, waits until nothing is in flight on it (a write or
     * COMMIT whose subscriber cancelled finishes first), rolls back a transaction left open, and returns the
     * connection to the pool, or closes it when its state is unknown (see {@link Lease}). Runs to its end even if
     * its own subscriber cancels; every caller after the first waits for the same end. Failures are logged, not
     * signalled: the work itself is done.
     */
    Mono<Void> release(Lease lease) {
        return Mono.defer(() -> {
            if (!lease.startRelease()) {
                return lease.whenReleased();
            }
            lease.close(lease.root());
            Mono<Void> reset = lease.awaitIdle().then(Mono.defer(() -> lease.isBroken()
                    || lease.connection().isAutoCommit() ? Mono.empty()
                    : executor.control(lease, null, StatementEvent.Kind.ROLLBACK, "ROLLBACK", Connection::rollbackTransaction)
                            .onErrorResume(e -> {
                                lease.markBroken();
                                return Mono.empty();
                            })));
            Mono<Void> giveBack = Mono.defer(() -> lease.isBroken() ? discard(lease.connection())
                    : Mono.from(lease.connection().close()));
            return Lease.shield(reset.then(giveBack)
                    .onErrorResume(e -> {
                        LOG.warn("returning a connection to the pool of {} failed", maskedUrl, e);
                        return Mono.empty();
                    })
                    .doFinally(signal -> lease.released()));
        });
    }

    /**
     * Closes the physical connection under a pooled one, then releases the pooled one: its validation fails and
     * the pool drops it, opening a fresh connection when one is needed.
     */
    private static Mono<Void> discard(Connection connection) {
        Object raw = connection instanceof Wrapped<?> w ? w.unwrap() : null;
        Mono<Void> closeRaw = raw instanceof Connection c
                ? Mono.from(c.close()).onErrorResume(e -> Mono.empty()) : Mono.empty();
        return closeRaw.then(Mono.from(connection.close()).onErrorResume(e -> Mono.empty()));
    }

    /** The transaction of this database in {@code context}, if any. */
    private @Nullable R2dbcTransaction joined(ContextView context) {
        Object tx = context.getOrDefault(DbContextKeys.TRANSACTION, null);
        return tx instanceof R2dbcTransaction t && t.database() == this ? t : null;
    }

    // ---- DbConn ----

    @Override
    public Dialect dialect() {
        return executor.dialect();
    }

    @Override
    public <T> Flux<T> query(Statement statement, RowMapper<T> mapper) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(mapper, "mapper");
        return Flux.deferContextual(ctx -> {
            R2dbcTransaction tx = joined(ctx);
            if (tx != null) {
                return tx.query(statement, mapper);
            }
            return reconnecting(statement, () -> Flux.usingWhen(acquire(),
                    lease -> executor.query(lease, lease.root(), statement, mapper, false,
                            () -> released(statement), null),
                    this::release, (lease, e) -> release(lease), this::release));
        });
    }

    @Override
    public Mono<Long> execute(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        return Mono.deferContextual(ctx -> {
            R2dbcTransaction tx = joined(ctx);
            if (tx != null) {
                return tx.execute(statement);
            }
            return reconnecting(statement, () -> Mono.usingWhen(acquire(),
                    lease -> executor.execute(lease, lease.root(), statement, false, () -> released(statement), null),
                    this::release, (lease, e) -> release(lease), this::release).flux()).singleOrEmpty();
        });
    }

    /**
     * A statement outside a transaction whose connection turns out to be dead is run again on another one, when
     * that is sure to be safe: nothing was emitted yet, and either the server said it terminated the session
     * before answering (SQLSTATE 57P01-57P03: the statement did not commit) or the statement only reads. A dead
     * connection can pass validation in the instant between the server closing it and the driver noticing.
     */
    private <T> Flux<T> reconnecting(Statement statement, java.util.function.Supplier<Flux<T>> attempt) {
        return Flux.defer(() -> {
            AtomicBoolean emitted = new AtomicBoolean();
            boolean readOnly = StatementExecutor.isRead(statement);
            return Flux.defer(attempt)
                    .doOnNext(v -> emitted.set(true))
                    .retryWhen(Retry.max(options.maxSize())
                            .filter(e -> !emitted.get() && e instanceof ConnectionException c && c.statement() != null
                                    && (String.valueOf(c.sqlState()).startsWith("57P0") || readOnly))
                            .doBeforeRetry(r -> LOG.debug("the connection of {} was lost before it answered; running "
                                    + "the statement again on another connection", maskedUrl, r.failure()))
                            .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        });
    }

    private static QueryException released(Statement statement) {
        return new QueryException("the connection was already being returned to the pool (its subscriber "
                + "cancelled)", statement, null, null);
    }

    @Override
    public <T> Flux<T> transaction(Function<DbConn, ? extends Publisher<T>> work) {
        Objects.requireNonNull(work, "work");
        return Flux.deferContextual(ctx -> {
            R2dbcTransaction tx = joined(ctx);
            if (tx != null) {
                return tx.transaction(work);
            }
            return R2dbcTransaction.run(beginTopLevel(false), work);
        });
    }

    @Override
    public <T> Mono<T> transactionMono(Function<DbConn, ? extends Mono<T>> work) {
        // Not next(): it would cancel the transaction after the first value, and cancel rolls back.
        return transaction(work).singleOrEmpty();
    }

    @Override
    public Mono<Transaction> begin() {
        return Mono.deferContextual(ctx -> {
            R2dbcTransaction tx = joined(ctx);
            return tx != null ? tx.begin() : beginTopLevel(true).cast(Transaction.class);
        });
    }

    /**
     * Borrows a connection and begins a transaction on it. If BEGIN fails, or the subscriber cancels before the
     * transaction is emitted, the connection goes back (once BEGIN has finished, rolled back if it ran). An
     * {@code explicit} transaction (from {@link #begin()}) is watched: see {@link R2dbcTransaction}.
     */
    Mono<R2dbcTransaction> beginTopLevel(boolean explicit) {
        return Mono.usingWhen(acquire(),
                lease -> {
                    R2dbcTransaction tx = R2dbcTransaction.topLevel(this, lease, explicit);
                    return tx.start().thenReturn(tx);
                },
                lease -> Mono.empty(),             // success: the transaction owns the connection now
                (lease, e) -> release(lease),
                this::release);
    }

    // ---- lifecycle ----

    @Override
    public DatabaseOptions options() {
        return options;
    }

    @Override
    public PoolStats poolStats() {
        return pool.getMetrics()
                .map(R2dbcDatabase::stats)
                .orElseGet(() -> new PoolStats(0, 0, 0, 0, options.maxSize()));
    }

    private static PoolStats stats(PoolMetrics m) {
        return new PoolStats(m.acquiredSize(), m.idleSize(), m.allocatedSize(), m.pendingAcquireSize(),
                m.getMaxAllocatedSize());
    }

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
    public String toString() {
        return "Database[" + dialect().name() + " " + maskedUrl + "]";
    }
}
