package dev.tideorm.r2dbc;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.sql.Statement;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A database reached through a pool of R2DBC connections (r2dbc-pool), or through connections the application
 * provides ({@link #wrap}): the {@link DbConn} most code is given.
 * Each statement borrows a connection for as long as it runs (for a query, until its rows are consumed or the
 * subscriber cancels) and returns it on every exit: completion, error and cancel. Thread-safe; create one per
 * database and share it.
 *
 * <pre>{@code
 * Database db = Database.connect("r2dbc:postgresql://postgres@127.0.0.1:5432/test").block();
 * Cake_.find().filter(Cake_.NAME.like("a%")).stream(db)     // SELECT ... FROM "cake" WHERE "cake"."name" LIKE $1
 * db.transaction(tx -> apple.insert(tx).then(pear.insert(tx)))   // BEGIN; INSERT ...; INSERT ...; COMMIT
 * db.close().block();
 * }</pre>
 *
 * <p><b>Transactions in the Reactor context.</b> Inside the work given to {@link #transaction(Function)},
 * this handle itself joins the transaction: {@code db.query(...)}, {@code db.execute(...)} and entity
 * operations run on the transaction's connection, and {@code db.transaction(...)} or {@link #begin()} open a
 * savepoint in it. See {@link DbContextKeys#TRANSACTION}.
 */
public interface Database extends DbConn {

    /**
     * Connects with default {@linkplain DatabaseOptions options}: see {@link #connect(DatabaseOptions)}.
     *
     * @throws IllegalArgumentException at assembly when the URL is malformed or names no available driver
     */
    static Mono<Database> connect(String url) {
        return connect(DatabaseOptions.of(url));
    }

    /**
     * Creates the connection pool, opens its {@linkplain DatabaseOptions#initialSize() initial} connections
     * (at least one is opened and checked) and emits the database. The dialect is chosen from the driver
     * ({@code PostgreSQL} or {@code H2}) unless the options name one.
     *
     * <p>Emits one {@code Database}, or fails with a {@link dev.tideorm.core.error.ConnectionException} when
     * the database cannot be reached (the pool is then closed again). Each subscription creates a new pool.
     *
     * @throws IllegalArgumentException at assembly when the URL is malformed or names no available driver;
     *     the message shows the URL with any password masked
     */
    static Mono<Database> connect(DatabaseOptions options) {
        return R2dbcDatabase.connect(options);
    }

    /**
     * A database over a connection factory the application already has (pooled or not, e.g. Spring Boot's
     * {@code ConnectionFactory} bean): each statement borrows a connection from it and closes it afterwards (a
     * pooled factory takes it back). TideORM opens no pool of its own, and {@link #close()} leaves the factory
     * alone. The dialect follows the factory's driver. No I/O happens here.
     *
     * <pre>{@code
     * Database db = Database.wrap(connectionFactory);
     * }</pre>
     *
     * @throws IllegalArgumentException when TideORM has no dialect for the factory's driver
     */
    static Database wrap(ConnectionFactory factory) {
        return wrap(factory, DatabaseOptions.builder().build());
    }

    /**
     * Like {@link #wrap(ConnectionFactory)} with options: the dialect, statement listeners and drain timeout apply;
     * the URL and pool settings do not (the factory has them).
     */
    static Database wrap(ConnectionFactory factory, DatabaseOptions options) {
        return R2dbcDatabase.wrap(ConnectionProvider.of(factory), options, factory.getMetadata().getName(),
                factory instanceof ConnectionPool pool ? pool : null);
    }

    /**
     * A database whose connections come from {@code provider}: acquisition and release are pluggable (Spring's
     * transaction-bound connections, say; see {@link ConnectionProvider}). The options must name the dialect when
     * {@code driverName} (the R2DBC driver's name, {@code PostgreSQL} or {@code H2}) is not one TideORM knows.
     */
    static Database wrap(ConnectionProvider provider, String driverName, DatabaseOptions options) {
        return R2dbcDatabase.wrap(provider, options, driverName,
                provider.factory() instanceof ConnectionPool pool ? pool : null);
    }

    /**
     * Opens a transaction on a connection of its own, which it keeps until {@link Transaction#commit()} or
     * {@link Transaction#rollback()}: always end it, or the connection stays borrowed. Prefer
     * {@link #transaction(Function)}, which ends it on every path. Inside a context-joined transaction this
     * opens a savepoint in it instead.
     *
     * <p>Emits one transaction; fails with a {@code ConnectionException} when no connection is available.
     * A cancel before the transaction is emitted returns the connection.
     */
    Mono<Transaction> begin();

    /**
     * Runs {@code work} in a new transaction and emits what it emits. It commits when the work completes,
     * rolls back when it fails (the error is then signalled, with any rollback failure suppressed in it) and
     * rolls back when the subscriber cancels; the connection returns to the pool afterwards in every case.
     * The work receives the {@link Transaction} (as a {@code DbConn}); it also travels in the Reactor context
     * so this {@code Database} handle joins it. Called where a transaction is already in the context, this
     * opens a savepoint in it (released on success, rolled back to on error or cancel).
     *
     * <pre>{@code
     * db.transaction(tx -> Cake_.find().count(tx).flatMap(n -> cake.setCount(n).save(tx)))
     * // BEGIN; SELECT COUNT(*) FROM "cake"; UPDATE "cake" SET ...; COMMIT
     * }</pre>
     *
     * <p>Errors: those of the work, as they are; a failing COMMIT (on PostgreSQL, after a statement failed
     * inside the transaction) as a {@link dev.tideorm.core.error.QueryException}; no connection as a
     * {@code ConnectionException}. A serialization failure, deadlock or lock timeout, raised by a statement or
     * by the COMMIT, is a {@link dev.tideorm.core.error.TransientQueryException}: the whole transaction may be
     * re-run, with {@link TransactionRetry}.
     */
    @Override
    <T> Flux<T> transaction(Function<DbConn, ? extends Publisher<T>> work);

    /**
     * Like {@link #transaction(Function)} for work that emits at most one value: emits it after the COMMIT.
     * (It waits for completion rather than taking the first value, because cancelling would roll back.)
     */
    @Override
    <T> Mono<T> transactionMono(Function<DbConn, ? extends Mono<T>> work);

    /**
     * Runs a statement that returns rows and maps each row; see {@link DbConn#query}. The connection is held
     * until the last row is read, the statement fails or the subscriber cancels; rows are read as requested
     * (back-pressure reaches the driver). Errors are translated {@link dev.tideorm.core.error.DbException}s.
     */
    @Override
    <T> Flux<T> query(Statement statement, RowMapper<T> mapper);

    /** Runs a statement and emits the number of rows it affected; see {@link DbConn#execute}. */
    @Override
    Mono<Long> execute(Statement statement);

    /** The options this database was connected with. */
    DatabaseOptions options();

    /** A snapshot of the pool's counters (connections acquired, idle, ...). */
    PoolStats poolStats();

    /**
     * Closes the pool: idle connections are closed at once, borrowed ones when they come back. Statements
     * started afterwards fail with a {@code ConnectionException}. Idempotent; completes when the pool is
     * disposed.
     */
    Mono<Void> close();

    /** Whether {@link #close()} was called. */
    boolean isClosed();
}
