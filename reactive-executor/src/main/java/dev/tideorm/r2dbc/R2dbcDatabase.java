package dev.tideorm.r2dbc;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.r2dbc.internal.Backend;
import dev.tideorm.r2dbc.internal.StatementExecutor;
import dev.tideorm.r2dbc.internal.Urls;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.R2dbcException;
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
            ConnectionPool pool = new ConnectionPool(poolConfiguration(factory, options));
            StatementExecutor executor = new StatementExecutor(backend, dialect, options.listeners());
            R2dbcDatabase db = new R2dbcDatabase(pool, executor, options, masked, secrets);
            return db.warmUp()
                    .thenReturn((Database) db)
                    .onErrorResume(e -> pool.disposeLater()
                            .onErrorResume(closeError -> Mono.empty())
                            .then(Mono.error(db.connectFailure(e))));
        });
    }

    private static ConnectionPoolConfiguration poolConfiguration(ConnectionFactory factory, DatabaseOptions o) {
        ConnectionPoolConfiguration.Builder b = ConnectionPoolConfiguration.builder(factory)
                .maxSize(o.maxSize())
                .initialSize(o.initialSize())
                .minIdle(o.minIdle())
                .maxAcquireTime(o.acquireTimeout())
                .acquireRetry(o.acquireRetry())
                .maxIdleTime(o.maxIdleTime());
        if (o.maxLifeTime() != null) {
            b.maxLifeTime(o.maxLifeTime());
        }
        if (o.validationQuery() != null) {
            b.validationQuery(o.validationQuery());
        }
        if (o.poolName() != null) {
            b.name(o.poolName());
        }
        return b.build();
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

    /** Borrows a connection; every failure is a {@link ConnectionException}. */
    Mono<Connection> acquire() {
        return Mono.defer(() -> closed.get()
                        ? Mono.error(new ConnectionException("database '" + maskedUrl + "' is closed"))
                        : pool.create())
                .onErrorMap(e -> !(e instanceof DbException), this::acquireFailure);
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

    /** Returns a connection to the pool. A failure to do so is logged, not signalled: the work itself is done. */
    Mono<Void> release(Connection connection) {
        return Mono.from(connection.close())
                .onErrorResume(e -> {
                    LOG.warn("returning a connection to the pool of {} failed", maskedUrl, e);
                    return Mono.empty();
                });
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
            return Flux.usingWhen(acquire(),
                    c -> executor.query(c, statement, mapper, false),
                    this::release, (c, e) -> release(c), this::release);
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
            return Mono.usingWhen(acquire(),
                    c -> executor.execute(c, statement, false),
                    this::release, (c, e) -> release(c), this::release);
        });
    }

    @Override
    public <T> Flux<T> transaction(Function<DbConn, ? extends Publisher<T>> work) {
        Objects.requireNonNull(work, "work");
        return Flux.deferContextual(ctx -> {
            R2dbcTransaction tx = joined(ctx);
            if (tx != null) {
                return tx.transaction(work);
            }
            return R2dbcTransaction.run(beginTopLevel(), work);
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
            return tx != null ? tx.begin() : beginTopLevel().cast(Transaction.class);
        });
    }

    /** Borrows a connection and begins a transaction on it; the connection goes back if that fails or is cancelled. */
    private Mono<R2dbcTransaction> beginTopLevel() {
        return Mono.usingWhen(acquire(),
                c -> {
                    R2dbcTransaction tx = R2dbcTransaction.topLevel(this, c);
                    return tx.start().thenReturn(tx);
                },
                c -> Mono.empty(),                 // success: the transaction owns the connection now
                (c, e) -> release(c),
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
        return Mono.defer(() -> closed.compareAndSet(false, true) ? pool.disposeLater() : Mono.empty());
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
