package dev.tideorm.core.conn;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.sql.Statement;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The connection seam (SeaORM's {@code ConnectionTrait}): every API call takes a {@code DbConn}, which is
 * either the pooled database or a transaction. All I/O happens on subscription; nothing blocks.
 */
public interface DbConn {
    /** The SQL dialect statements are rendered in. */
    Dialect dialect();

    /**
     * Executes a statement that returns rows and maps each row. When {@link Statement#generatedColumns()}
     * is not empty the rows are the returned (generated) values of a write: RETURNING on PostgreSQL,
     * {@code returnGeneratedValues} on H2.
     *
     * @return 0..N mapped rows; errors are {@link dev.tideorm.core.error.DbException}s. Cancelling stops
     *     reading and releases the connection.
     */
    <T> Flux<T> query(Statement statement, RowMapper<T> mapper);

    /**
     * Executes a statement and emits the number of rows it affected.
     *
     * @return exactly one count, or an error
     */
    Mono<Long> execute(Statement statement);

    /**
     * Runs read-only {@code work} with all its statements on one connection, without a transaction: work that
     * sends several queries in a row (the loader's levels) borrows one connection instead of one per query. The
     * work must run its statements one after the other and must not write. Inside a transaction the work runs on
     * the transaction. The default runs the work on this connection as it is.
     */
    default <T> Flux<T> readSession(Function<DbConn, ? extends Publisher<T>> work) {
        return Flux.defer(() -> work.apply(this));
    }

    /**
     * Runs {@code work} in a transaction that commits when the work completes and rolls back when it fails
     * or is cancelled. Inside a transaction this opens a savepoint instead.
     */
    <T> Flux<T> transaction(Function<DbConn, ? extends Publisher<T>> work);

    /**
     * Like {@link #transaction(Function)} for work that emits at most one value. Waits for completion (it does
     * not cancel after the first value, which would roll the transaction back).
     */
    default <T> Mono<T> transactionMono(Function<DbConn, ? extends Mono<T>> work) {
        return transaction(work).singleOrEmpty();
    }
}
