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
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import dev.tideorm.core.error.QueryException;
import dev.tideorm.r2dbc.internal.Lease;
import dev.tideorm.r2dbc.internal.LeaseAcquire;
import dev.tideorm.r2dbc.internal.Settle;
import reactor.core.CoreSubscriber;
import io.r2dbc.spi.R2dbcException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/** The pooled {@link Database}: r2dbc-pool underneath, one {@link StatementExecutor} for every connection. */
final class R2dbcDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final ConnectionSource source;
    private final StatementExecutor executor;
    private final DatabaseOptions options;

    private R2dbcDatabase(ConnectionSource source, StatementExecutor executor, DatabaseOptions options) {
        this.source = source;
        this.executor = executor;
        this.options = options;
    }

    static Mono<Database> connect(DatabaseOptions options) {
        Objects.requireNonNull(options, "options");
        String masked = Urls.mask(options.url());
        ConnectionFactoryOptions factoryOptions = Urls.parse(options.url(), options.driverOptions());
        List<String> secrets = Urls.secrets(options.url(), factoryOptions);
        ConnectionFactory factory;
        try {
            factory = ConnectionFactories.get(factoryOptions);
        } catch (RuntimeException | NoClassDefFoundError e) {
            // No provider for the URL's driver, or r2dbc-h2 without the H2 engine (a NoClassDefFoundError).
            boolean noDriver = e instanceof NoClassDefFoundError
                    || e instanceof IllegalStateException && String.valueOf(e.getMessage()).startsWith("Unable to create");
            MissingDriverException missing = noDriver ? MissingDriverException.forDriver(masked, driverOf(factoryOptions))
                    : null;
            if (missing != null) {
                throw missing;
            }
            // The SPI's message redacts the password; the driver's own may not, so only its type is kept.
            throw new IllegalArgumentException("cannot use R2DBC URL '" + masked + "': "
                    + (noDriver ? "no driver on the class path supports it"
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
            PooledSource pool = new PooledSource(factory, options, backend, masked, secrets);
            StatementExecutor executor = new StatementExecutor(backend, dialect, options.listeners());
            R2dbcDatabase db = new R2dbcDatabase(pool, executor, options);
            return pool.warmUp()
                    .thenReturn((Database) db)
                    .onErrorResume(e -> pool.close().then(Mono.error(connectFailure(pool, e))));
        });
    }

    /** The driver a URL names: its driver part, or the protocol after {@code pool}. */
    private static @Nullable String driverOf(ConnectionFactoryOptions o) {
        Object driver = o.getValue(ConnectionFactoryOptions.DRIVER);
        Object protocol = o.getValue(ConnectionFactoryOptions.PROTOCOL);
        if ("pool".equals(driver) && protocol != null) {
            String p = protocol.toString();
            int colon = p.indexOf(':');
            return colon < 0 ? p : p.substring(0, colon);
        }
        return driver == null ? null : driver.toString();
    }

    /**
     * A database over connections the application provides ({@link Database#wrap}). The dialect is the options'
     * or the one of {@code driver} (the factory's driver name).
     */
    static Database wrap(ConnectionProvider provider, DatabaseOptions options, String driver,
                         @Nullable ConnectionPool pool) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(options, "options");
        Backend known = Backend.forDriver(driver);
        Dialect chosen = options.dialect();
        if (known == null && chosen == null) {
            throw new IllegalArgumentException("TideORM has no dialect for the R2DBC driver '" + driver
                    + "'; name one with DatabaseOptions.Builder.dialect(...)");
        }
        Backend backend = known != null ? known : Backend.generic(Objects.requireNonNull(chosen));
        Dialect dialect = chosen != null ? chosen : backend.dialect();
        ConnectionSource source = new ProvidedSource(provider, backend, pool, provider.toString());
        return new R2dbcDatabase(source, new StatementExecutor(backend, dialect, options.listeners()), options);
    }

    private static DbException connectFailure(PooledSource pool, Throwable e) {
        if (e instanceof DbException db) {
            return db;
        }
        return new ConnectionException("cannot connect to '" + pool.description() + "': "
                + pool.redact(PooledSource.rootMessage(e)), null, e instanceof R2dbcException r ? r.getSqlState() : null,
                e);
    }

    // ---- connections ----

    StatementExecutor executor() {
        return executor;
    }

    /**
     * Borrows a connection from the source; every failure is a {@link ConnectionException}. A cancel does not reach
     * the source (see {@link LeaseAcquire}): a connection that arrives after it is given back at once. A
     * connection that arrives inside a transaction of someone else's makes an {@linkplain Lease#isExternal()
     * external} lease.
     */
    Mono<Lease> acquire() {
        return new LeaseAcquire(source, options.drainTimeout(), orphan);
    }

    /** Gives back a lease whose borrower cancelled before taking it. */
    private final Consumer<Lease> orphan = lease -> Detached.run(release(lease),
            "returning a connection whose borrower had cancelled");

    /** Gives back a lease whose work was cancelled; nobody waits for the end of it (it is shielded). */
    void releaseDetached(Lease lease) {
        Detached.run(release(lease), "returning a connection whose subscriber had cancelled");
    }

    /**
     * Gives a lease back, once: closes it to new statements, waits until nothing is in flight on it (a write or
     * COMMIT whose subscriber cancelled finishes first), rolls back a transaction left open, and returns the
     * connection to the pool, or closes it when its state is unknown (see {@link Lease}). Runs to its end even if
     * its own subscriber cancels; every caller after the first waits for the same end. Failures are logged, not
     * signalled: the work itself is done.
     */
    Mono<Void> release(Lease lease) {
        return new Release(lease);
    }

    /** One subscription of {@link #release}: lazy like a {@code defer}, with a short path for an idle lease. */
    private final class Release extends Mono<Void> {
        private final Lease lease;

        Release(Lease lease) {
            this.lease = lease;
        }

        @Override
        public void subscribe(CoreSubscriber<? super Void> actual) {
            if (!lease.startRelease()) {
                lease.whenReleased().subscribe(actual);
                return;
            }
            lease.close(lease.root());
            // The gate is closed: once idle, the lease stays idle. Nothing to wait for and nothing to roll back
            // (the common case: a statement outside a transaction) gives the connection straight back.
            if (lease.isIdle() && (lease.isBroken() || lease.isExternal() || lease.connection().isAutoCommit())) {
                Publisher<Void> back;
                try {
                    back = lease.isBroken() ? source.discard(lease.connection()) : source.giveBack(lease.connection());
                } catch (RuntimeException e) {
                    back = Mono.error(e);
                }
                new Settle(back, lease::released, R2dbcDatabase.this::giveBackFailed).subscribe(actual);
                return;
            }
            // A transaction left open is rolled back; never one the connection came with (external).
            Mono<Void> reset = lease.awaitIdle().then(Mono.defer(() -> lease.isBroken() || lease.isExternal()
                    || lease.connection().isAutoCommit() ? Mono.empty()
                    : executor.control(lease, null, StatementEvent.Kind.ROLLBACK, "ROLLBACK", Connection::rollbackTransaction)
                            .onErrorResume(e -> {
                                lease.markBroken();
                                return Mono.empty();
                            })));
            Mono<Void> giveBack = Mono.defer(() -> lease.isBroken() ? source.discard(lease.connection())
                    : source.giveBack(lease.connection()));
            new Settle(reset.then(giveBack), lease::released, R2dbcDatabase.this::giveBackFailed).subscribe(actual);
        }
    }

    private void giveBackFailed(Throwable e) {
        LOG.warn("returning a connection to {} failed", source.description(), e);
    }

    /** The transaction of this database in {@code context}, if any. */
    @Nullable R2dbcTransaction joined(ContextView context) {
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
        return new LeaseScope<T>(this, statement,
                lease -> executor.query(lease, lease.root(), statement, mapper, false, () -> released(statement), null),
                tx -> tx.query(statement, mapper));
    }

    @Override
    public Mono<Long> execute(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        return new LeaseScope<Long>(this, statement,
                lease -> executor.execute(lease, lease.root(), statement, false, () -> released(statement), null),
                tx -> tx.execute(statement)).singleOrEmpty();
    }

    /**
     * Runs read-only work on one borrowed connection without a transaction (see {@link DbConn#readSession}); inside
     * a transaction, on the transaction. Like a single read, the whole work runs again on another connection when
     * the connection was lost before the work emitted anything.
     */
    @Override
    public <T> Flux<T> readSession(Function<DbConn, ? extends Publisher<T>> work) {
        Objects.requireNonNull(work, "work");
        return new LeaseScope<T>(this, null, lease -> work.apply(new Session(lease)), work::apply);
    }

    /**
     * The statements of a {@link #readSession}: on its one lease, each committing on its own; a session inside
     * it is itself ({@link DbConn}'s default).
     */
    private final class Session implements DbConn {
        private final Lease lease;

        Session(Lease lease) {
            this.lease = lease;
        }

        @Override
        public Dialect dialect() {
            return executor.dialect();
        }

        @Override
        public <T> Flux<T> query(Statement statement, RowMapper<T> mapper) {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(mapper, "mapper");
            return executor.query(lease, lease.root(), statement, mapper, false, () -> released(statement), null);
        }

        @Override
        public Mono<Long> execute(Statement statement) {
            Objects.requireNonNull(statement, "statement");
            return executor.execute(lease, lease.root(), statement, false, () -> released(statement), null);
        }

        /** A transaction inside a session runs on a connection of its own. */
        @Override
        public <T> Flux<T> transaction(Function<DbConn, ? extends Publisher<T>> work) {
            return R2dbcDatabase.this.transaction(work);
        }
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
        return source.stats();
    }

    @Override
    public Mono<Void> close() {
        return source.close();
    }

    @Override
    public boolean isClosed() {
        return source.isClosed();
    }

    @Override
    public String toString() {
        return "Database[" + dialect().name() + " " + source.description() + "]";
    }
}
