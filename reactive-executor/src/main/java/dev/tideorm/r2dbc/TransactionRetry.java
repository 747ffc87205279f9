package dev.tideorm.r2dbc;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.TransientQueryException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * Re-runs a whole transaction when the database refuses it for a transient reason: a
 * {@link dev.tideorm.core.error.SerializationFailureException serialization failure}, a
 * {@link dev.tideorm.core.error.DeadlockException deadlock} or a
 * {@link dev.tideorm.core.error.LockTimeoutException lock timeout} (every {@link TransientQueryException}; see
 * {@link DbException#isTransient()}). Each attempt is a new transaction: a new BEGIN, possibly on another
 * connection, after the failed one was rolled back.
 *
 * <pre>{@code
 * // BEGIN; SELECT COUNT(*) ...; UPDATE ...; COMMIT, re-run from BEGIN up to 3 more times on a transient failure
 * TransactionRetry.transactionMono(db, tx -> Cake_.find().count(tx).flatMap(n -> cake.setCount(n).save(tx)));
 *
 * // the same with the Reactor operator and a policy of its own, on a top-level transaction
 * db.transactionMono(tx -> transfer(tx)).retryWhen(TransactionRetry.onTransientFailure(5, Duration.ofMillis(50)));
 * }</pre>
 *
 * <p><b>The work must be re-runnable.</b> It is called once per attempt, and everything it did in a failed
 * attempt, except inside the database, stays done: it must have no side effects outside the database (no
 * messages sent, no e-mails, no counters or collections outside it updated), or only ones that are safe to
 * repeat. Do such things after the returned {@code Mono} has succeeded, that is, after the COMMIT.
 *
 * <p><b>Retry transactions, never statements.</b> Retry only at a top-level transaction boundary: around
 * {@code db.transaction(...)}, never around a statement inside the work. After a transient failure
 * PostgreSQL has aborted the transaction (it accepts nothing but ROLLBACK), and after a serialization failure
 * what the work read is stale, so re-running one statement cannot succeed, and would be wrong if it did. For
 * the same reason a savepoint is not retried: {@link #transaction(Database, Function)} called inside a
 * transaction of the same database runs the work once in a savepoint and lets the error reach the enclosing
 * transaction, which is the one to re-run.
 *
 * <p><b>Not retried:</b> every other error, including {@link ConnectionException}: a connection lost before
 * COMMIT would be safe to retry (the database rolled the transaction back), but one lost during COMMIT leaves
 * the outcome unknown, and re-running could apply the work twice. Build your own {@link Retry} (pass it to the
 * three-argument methods) for work you know is safe to apply twice.
 *
 * <p><b>Isolation.</b> TideORM leaves the isolation level to the database (READ COMMITTED on PostgreSQL and
 * H2). For SERIALIZABLE, make {@code SET TRANSACTION ISOLATION LEVEL SERIALIZABLE} the first statement of the
 * work (on H2 this sets the level of the pooled session for good).
 */
public final class TransactionRetry {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionRetry.class);

    /** The default number of re-runs after the first attempt: 3, so at most 4 attempts in all. */
    public static final long DEFAULT_MAX_RETRIES = 3;
    /** The default delay before the first re-run: 20 ms, doubled for each further one (with jitter). */
    public static final Duration DEFAULT_MIN_BACKOFF = Duration.ofMillis(20);
    /** The longest delay between two attempts: 1 s (or the minimum, if larger). */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(1);
    /** The jitter of the delays: each is randomised by up to ±50 %, so that conflicting transactions drift apart. */
    public static final double JITTER = 0.5;

    private TransactionRetry() {
    }

    /**
     * The default policy: {@link #onTransientFailure(long, Duration) onTransientFailure(}{@value
     * #DEFAULT_MAX_RETRIES}{@code , 20 ms)}.
     */
    public static RetryBackoffSpec onTransientFailure() {
        return onTransientFailure(DEFAULT_MAX_RETRIES, DEFAULT_MIN_BACKOFF);
    }

    /**
     * A retry policy for {@code retryWhen} on a top-level {@link Database#transaction(Function)} or
     * {@link Database#transactionMono(Function)}: it re-subscribes, which runs the whole transaction again from
     * a new BEGIN, when the error {@linkplain #isTransientFailure is transient}, at most {@code maxRetries}
     * times, after an exponential backoff that starts at {@code minBackoff} and grows to at most
     * {@link #DEFAULT_MAX_BACKOFF}, with a {@linkplain #JITTER jitter} of 50 %. Each retry is logged at DEBUG on
     * {@code dev.tideorm.r2dbc.TransactionRetry} with the error's message (SQL, never bound values). The delays
     * run on Reactor's parallel scheduler; nothing blocks.
     *
     * <p>Other errors pass through at once. When the retries are exhausted, the last transient error itself
     * reaches the subscriber (a {@link TransientQueryException}, not Reactor's {@code RetryExhaustedException}).
     * Cancelling during a delay cancels the retry; nothing more runs.
     *
     * <p>The spec can be refined like any {@code RetryBackoffSpec}: {@code maxBackoff(...)}, {@code jitter(...)},
     * {@code doBeforeRetry(...)} (added to the logging), {@code modifyErrorFilter(...)} to widen or narrow the
     * errors retried ({@code filter(...)} would replace the transient check).
     *
     * <p>On {@code Database.transaction(...)}, which emits values as the work produces them, values of a failed
     * attempt have already reached the subscriber when the attempt is re-run; use it on
     * {@code transactionMono(...)} or use {@link #transaction(Database, Function, Retry)}, which emits only
     * the values of the attempt that committed.
     *
     * @param maxRetries how many times to re-run after the first attempt; 0 for none
     * @param minBackoff the delay before the first re-run, doubled for each further one
     * @throws IllegalArgumentException if {@code maxRetries} or {@code minBackoff} is negative
     */
    public static RetryBackoffSpec onTransientFailure(long maxRetries, Duration minBackoff) {
        Objects.requireNonNull(minBackoff, "minBackoff");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
        }
        if (minBackoff.isNegative()) {
            throw new IllegalArgumentException("minBackoff must not be negative: " + minBackoff);
        }
        return Retry.backoff(maxRetries, minBackoff)
                .maxBackoff(minBackoff.compareTo(DEFAULT_MAX_BACKOFF) > 0 ? minBackoff : DEFAULT_MAX_BACKOFF)
                .jitter(JITTER)
                .filter(TransactionRetry::isTransientFailure)
                .doBeforeRetry(signal -> {
                    if (LOG.isDebugEnabled()) {
                        LOG.debug("re-running the transaction (retry {} of {}) after {}: {}",
                                signal.totalRetries() + 1, maxRetries, signal.failure().getClass().getSimpleName(),
                                signal.failure().getMessage());
                    }
                })
                .onRetryExhaustedThrow((spec, signal) -> signal.failure());
    }

    /**
     * Whether {@code error} is a {@link DbException} that is {@linkplain DbException#isTransient() transient}:
     * the test {@link #onTransientFailure()} retries on.
     */
    public static boolean isTransientFailure(Throwable error) {
        return error instanceof DbException e && e.isTransient();
    }

    /**
     * {@link #transaction(Database, Function, Retry)} with the default policy {@link #onTransientFailure()}.
     */
    public static <T> Flux<T> transaction(Database db, Function<DbConn, ? extends Publisher<T>> work) {
        return transaction(db, work, onTransientFailure());
    }

    /**
     * Runs {@code work} in a new transaction of {@code db}, as {@link Database#transaction(Function)} does, and
     * runs it again in a new transaction (a new BEGIN) each time it fails as {@code retry} allows. The work must
     * be re-runnable (see the class documentation).
     *
     * <p>Emits the values of the attempt that committed, after its COMMIT (they are collected in memory until
     * then), so that the subscriber never sees values of a failed attempt. Fails with the work's error when it
     * is not retried, and with the last one when {@code retry} gives up (with {@link #onTransientFailure}, the
     * {@link TransientQueryException} itself). Cancelling rolls back the running attempt, or cancels the wait
     * before the next one.
     *
     * <p>Called inside a transaction of {@code db} (in the Reactor context; see {@link DbContextKeys}), it runs
     * the work once in a savepoint, as {@code db.transaction(work)} does there, emitting values as they come,
     * and does not retry: the error reaches the enclosing transaction, which is the one to re-run.
     */
    public static <T> Flux<T> transaction(Database db, Function<DbConn, ? extends Publisher<T>> work, Retry retry) {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(retry, "retry");
        return Flux.deferContextual(ctx -> inTransactionOf(db, ctx)
                ? db.transaction(work)
                : db.transaction(work).collectList().retryWhen(retry).flatMapIterable(values -> values));
    }

    /**
     * {@link #transactionMono(Database, Function, Retry)} with the default policy {@link #onTransientFailure()}.
     */
    public static <T> Mono<T> transactionMono(Database db, Function<DbConn, ? extends Mono<T>> work) {
        return transactionMono(db, work, onTransientFailure());
    }

    /**
     * Like {@link #transaction(Database, Function, Retry)} for work that emits at most one value: emits the value
     * of the attempt that committed, after its COMMIT, or completes empty.
     */
    public static <T> Mono<T> transactionMono(Database db, Function<DbConn, ? extends Mono<T>> work, Retry retry) {
        return transaction(db, work, retry).singleOrEmpty();
    }

    /** Whether {@code db.transaction(...)} would open a savepoint in a transaction found in {@code ctx}. */
    private static boolean inTransactionOf(Database db, ContextView ctx) {
        return DbContextKeys.currentTransaction(ctx).filter(tx -> tx.database() == db).isPresent();
    }
}
