package dev.tideorm.r2dbc;

import dev.tideorm.core.conn.DbConn;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A transaction bound to one connection: every statement run through it runs on that connection, one at a
 * time (sequence them with {@code concatMap}/{@code then}, never {@code flatMap}). A nested transaction is a
 * SAVEPOINT: {@link #transaction(Function)} and {@link #begin()} on a transaction create one, its commit
 * releases it and its rollback rolls back to it, leaving the enclosing work intact.
 *
 * <p>Transaction control goes through the R2DBC SPI ({@code beginTransaction}, {@code commitTransaction},
 * {@code createSavepoint}, ...), never through SQL, so the pool always knows the connection's state.
 *
 * <pre>{@code
 * db.begin().flatMap(tx -> apple.insert(tx).then(tx.commit()))      // BEGIN; INSERT ...; COMMIT
 * tx.transaction(sp -> pear.insert(sp))                              // SAVEPOINT ...; INSERT ...; RELEASE SAVEPOINT ...
 * }</pre>
 */
public interface Transaction extends DbConn {

    /**
     * Commits: a top-level transaction issues COMMIT and returns its connection to the pool; a savepoint is
     * released. Completes empty; afterwards the transaction accepts no statement. Fails with a
     * {@link dev.tideorm.core.error.QueryException} when the database refuses (PostgreSQL rolls back a
     * transaction in which a statement failed); the connection is returned to the pool anyway, and also when
     * the subscriber cancels. Fails with a {@code QueryException} when the transaction has already ended.
     */
    Mono<Void> commit();

    /**
     * Rolls back: a top-level transaction issues ROLLBACK and returns its connection to the pool (whether the
     * ROLLBACK succeeds, fails or is cancelled); a savepoint is rolled back to (and the enclosing transaction
     * goes on). Completes empty; fails with a {@code QueryException} when the transaction has already ended.
     */
    Mono<Void> rollback();

    /** Opens a savepoint in this transaction, to be ended with its own commit or rollback. */
    Mono<Transaction> begin();

    /**
     * Runs {@code work} inside a savepoint: released when the work completes, rolled back to when it fails or
     * is cancelled. The enclosing transaction stays open either way.
     */
    @Override
    <T> Flux<T> transaction(Function<DbConn, ? extends Publisher<T>> work);

    /** Like {@link #transaction(Function)} for work that emits at most one value, emitted once the savepoint is released. */
    @Override
    <T> Mono<T> transactionMono(Function<DbConn, ? extends Mono<T>> work);

    /** Whether this is a savepoint inside another transaction. */
    boolean isNested();

    /** Whether statements may still run (not yet committed or rolled back). */
    boolean isActive();

    /** The database this transaction belongs to. */
    Database database();
}
