package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.SerializationFailureException;
import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.r2dbc.StatementEvent;
import dev.tideorm.r2dbc.TransactionRetry;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** TransactionRetry re-runs whole transactions that lose real conflicts with concurrent ones. */
class TransactionRetryIT {
    private static final Duration FAST = Duration.ofMillis(1);

    /**
     * One attempt: SERIALIZABLE, read counter row 1 and write it plus one, losing to a concurrent committed
     * update while {@code attempt <= conflicts}; then record the attempt in the ledger.
     */
    private static Mono<Integer> attempt(DbConn tx, TestDb db, int attempt, int conflicts) {
        return Conflicts.serializable(tx)
                .then(Conflicts.readThenIncrement(tx, attempt <= conflicts ? Conflicts.concurrentAdd(db) : Mono.empty()))
                .then(Conflicts.log(tx, attempt))
                .thenReturn(attempt);
    }

    private static long count(TestDb db, String sql) {
        return db.statements().all().stream().filter(sql::equals).count();
    }

    @DbTest
    void reRunsTheWholeTransactionUntilItCommits(TestDb db) {
        Conflicts.counters(db);
        AtomicInteger attempts = new AtomicInteger();
        TransactionRetry.transactionMono(db.db(), tx -> attempt(tx, db, attempts.incrementAndGet(), 2))
                .as(StepVerifier::create)
                .expectNext(3)
                .verifyComplete();

        assertThat(attempts).hasValue(3);
        // Exactly one write committed, on top of the two concurrent ones it lost to.
        assertThat(Conflicts.ledger(db)).containsExactly(3L);
        assertThat(Conflicts.counter(db, 1)).isEqualTo(201);
        // Each attempt is a whole transaction of its own: a new BEGIN, the failed ones rolled back.
        assertThat(count(db, "BEGIN")).isEqualTo(3);
        assertThat(count(db, "ROLLBACK")).isEqualTo(2);
        assertThat(count(db, "COMMIT")).isEqualTo(1);
        assertThat(db.statements().all().subList(0, 6)).containsExactly("BEGIN", Conflicts.SERIALIZABLE,
                Conflicts.READ, Conflicts.WRITE, "ROLLBACK", "BEGIN");
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void aSerializationFailureAtCommitIsRetriedToo(TestDb db) {
        Conflicts.counters(db);
        AtomicInteger attempts = new AtomicInteger();
        TransactionRetry.transactionMono(db.db(), tx -> {
                    int attempt = attempts.incrementAndGet();
                    return Conflicts.serializable(tx)
                            .then(RawQuery.sql(Conflicts.SUM).map(row -> row.get(0, Long.class)).one(tx))
                            .then(RawQuery.sql(Conflicts.BUMP, 1).exec(tx))
                            .then(Conflicts.log(tx, attempt))
                            .then(attempt == 1 ? Conflicts.concurrentWriteSkew(db) : Mono.empty())
                            .thenReturn(attempt);
                }, TransactionRetry.onTransientFailure(3, FAST))
                .as(StepVerifier::create)
                .expectNext(db.kind() == TestDb.Kind.POSTGRES ? 2 : 1)
                .verifyComplete();

        if (db.kind() == TestDb.Kind.POSTGRES) {
            StatementEvent failed = db.statements().events().stream()
                    .filter(ev -> ev.outcome() == StatementEvent.Outcome.ERROR).findFirst().orElseThrow();
            assertThat(failed.sql()).isEqualTo("COMMIT");
            assertThat(failed.error()).isInstanceOf(SerializationFailureException.class)
                    .hasMessageContaining("read/write dependencies");
            assertThat(Conflicts.ledger(db)).containsExactly(2L);
        } else {
            assertThat(Conflicts.ledger(db)).containsExactly(1L);   // H2 commits both sides of the write skew
        }
        assertThat(Conflicts.counter(db, 1)).isEqualTo(1);
        assertThat(Conflicts.counter(db, 2)).isEqualTo(1);
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void whenRetriesAreExhaustedTheLastTransientErrorItselfReachesTheSubscriber(TestDb db) {
        Conflicts.counters(db);
        AtomicInteger attempts = new AtomicInteger();
        db.db().transactionMono(tx -> attempt(tx, db, attempts.incrementAndGet(), Integer.MAX_VALUE))
                .retryWhen(TransactionRetry.onTransientFailure(2, FAST))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> {
                    assertThat(Exceptions.isRetryExhausted(e)).isFalse();
                    assertThat(e).isInstanceOf(SerializationFailureException.class).hasNoSuppressedExceptions();
                    // the third attempt's UPDATE failure, not an earlier one
                    List<StatementEvent> failed = db.statements().events().stream()
                            .filter(ev -> ev.outcome() == StatementEvent.Outcome.ERROR).toList();
                    assertThat(failed).hasSize(3);
                    assertThat(e).isSameAs(failed.get(2).error());
                });

        assertThat(attempts).hasValue(3);
        assertThat(Conflicts.ledger(db)).isEmpty();
        assertThat(Conflicts.counter(db, 1)).isEqualTo(300);
        assertThat(count(db, "ROLLBACK")).isEqualTo(3);
        assertThat(count(db, "COMMIT")).isZero();
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void otherErrorsAreNotRetried(TestDb db) {
        Conflicts.counters(db);
        AtomicInteger attempts = new AtomicInteger();
        String duplicate = "INSERT INTO \"counter\" (\"id\", \"n\") VALUES ($1, $2)";
        TransactionRetry.transactionMono(db.db(), tx -> {
                    attempts.incrementAndGet();
                    return RawQuery.sql(duplicate, 1, 5).exec(tx);
                })
                .as(StepVerifier::create)
                .verifyError(UniqueViolationException.class);

        assertThat(attempts).hasValue(1);
        assertThat(db.statements().all()).containsExactly("BEGIN", duplicate, "ROLLBACK");
    }

    @DbTest
    void theFluxEmitsOnlyTheValuesOfTheAttemptThatCommitted(TestDb db) {
        Conflicts.counters(db);
        AtomicInteger attempts = new AtomicInteger();
        TransactionRetry.transaction(db.db(), tx -> {
                    int n = attempts.incrementAndGet();
                    // A value before the conflict: the failed attempt emits it, then fails.
                    return Flux.concat(Mono.just("read by " + n), attempt(tx, db, n, 1).map(a -> "committed " + a));
                }, TransactionRetry.onTransientFailure(3, FAST))
                .as(StepVerifier::create)
                .expectNext("read by 2", "committed 2")
                .verifyComplete();

        assertThat(Conflicts.ledger(db)).containsExactly(2L);
    }

    @DbTest
    void insideATransactionTheSavepointIsNotRetriedButTheEnclosingTransactionIs(TestDb db) {
        Conflicts.counters(db);
        AtomicInteger outer = new AtomicInteger();
        AtomicInteger inner = new AtomicInteger();
        TransactionRetry.transactionMono(db.db(), tx -> {
                    int attempt = outer.incrementAndGet();
                    // SERIALIZABLE must come first, outside the savepoint.
                    return Conflicts.serializable(tx).then(TransactionRetry.transactionMono(db.db(), sp -> {
                        inner.incrementAndGet();
                        return Conflicts.readThenIncrement(sp, attempt == 1 ? Conflicts.concurrentAdd(db) : Mono.empty())
                                .then(Conflicts.log(sp, attempt));
                    }, TransactionRetry.onTransientFailure(3, FAST)));
                }, TransactionRetry.onTransientFailure(3, FAST))
                .as(StepVerifier::create)
                .expectNext(1L)
                .verifyComplete();

        assertThat(outer).hasValue(2);
        assertThat(inner).hasValue(2);   // once per enclosing attempt: the savepoint itself was not re-run
        assertThat(count(db, "BEGIN")).isEqualTo(2);
        assertThat(count(db, "COMMIT")).isEqualTo(1);
        assertThat(Conflicts.ledger(db)).containsExactly(2L);
        assertThat(Conflicts.counter(db, 1)).isEqualTo(101);
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @Test
    void refusesNegativeSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> TransactionRetry.onTransientFailure(-1, FAST));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TransactionRetry.onTransientFailure(1, Duration.ofMillis(-1)));
    }

    @Test
    void onlyTransientDbExceptionsAreRetried() {
        assertThat(TransactionRetry.isTransientFailure(new SerializationFailureException("m", null, "40001", null)))
                .isTrue();
        assertThat(TransactionRetry.isTransientFailure(
                new ConnectionException("connection lost"))).isFalse();
        assertThat(TransactionRetry.isTransientFailure(new IllegalStateException())).isFalse();
    }
}
