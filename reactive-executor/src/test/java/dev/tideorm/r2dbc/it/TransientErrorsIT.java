package dev.tideorm.r2dbc.it;

import static dev.tideorm.r2dbc.it.Conflicts.BUMP;
import static dev.tideorm.r2dbc.it.Conflicts.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.DeadlockException;
import dev.tideorm.core.error.LockTimeoutException;
import dev.tideorm.core.error.SerializationFailureException;
import dev.tideorm.core.error.TransientQueryException;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import io.r2dbc.spi.R2dbcException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Serialization failures, deadlocks and lock timeouts, produced for real, become transient typed errors. */
class TransientErrorsIT {

    private static void assertTransient(Throwable e, Class<? extends TransientQueryException> type, String sqlState,
                                        String sql) {
        assertThat(e).isInstanceOf(type).hasMessageContaining("[SQL: " + sql + "]");
        DbException db = (DbException) e;
        assertThat(db.isTransient()).isTrue();
        assertThat(db.sqlState()).isEqualTo(sqlState);
        assertThat(db.statement().sql()).isEqualTo(sql);
        assertThat(db.getCause()).isInstanceOf(R2dbcException.class);
    }

    @DbTest
    void aSerializationFailureIsTransientAndTheTransactionRollsBack(TestDb db) {
        Conflicts.counters(db);
        db.db().transaction(tx -> Conflicts.serializable(tx)
                        .then(Conflicts.readThenIncrement(tx, Conflicts.concurrentAdd(db))))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> {
                    assertTransient(e, SerializationFailureException.class, "40001", WRITE);
                    assertThat(e).hasMessageStartingWith("serialization failure, the transaction was rolled back"
                            + " (SQLSTATE 40001; re-run the whole transaction): ");
                });

        assertThat(Conflicts.counter(db, 1)).isEqualTo(100);   // only the concurrent transaction's write
        assertThat(db.statements().all()).containsExactly("BEGIN", Conflicts.SERIALIZABLE, Conflicts.READ, WRITE,
                "ROLLBACK");
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void aDeadlockIsTransientAndOnlyItsVictimRollsBack(TestDb db) {
        Conflicts.counters(db);
        Sinks.Empty<Void> firstLocked = Sinks.empty();
        Sinks.Empty<Void> secondLocked = Sinks.empty();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        // Row 1 then row 2, against row 2 then row 1: each takes its first lock, then waits for the other's.
        Mono<String> first = lockBoth(db, 1, 2, firstLocked, secondLocked, errors);
        Mono<String> second = lockBoth(db, 2, 1, secondLocked, firstLocked, errors);

        Flux.merge(first, second).collectList()
                .as(StepVerifier::create)
                .assertNext(outcomes -> assertThat(outcomes).containsExactlyInAnyOrder("committed", "failed"))
                .verifyComplete();

        assertThat(errors).singleElement().satisfies(e -> {
            if (db.kind() == TestDb.Kind.POSTGRES) {
                assertTransient(e, DeadlockException.class, "40P01", BUMP);
                assertThat(e).hasMessageStartingWith("deadlock, the transaction was rolled back (SQLSTATE 40P01; ");
            } else {
                assertTransient(e, SerializationFailureException.class, "40001", BUMP);   // H2: "Deadlock detected"
                assertThat(e).hasMessageContaining("Deadlock detected");
            }
        });
        // The winner's two increments, none of the victim's.
        assertThat(Conflicts.counter(db, 1)).isEqualTo(1);
        assertThat(Conflicts.counter(db, 2)).isEqualTo(1);
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    /** A transaction that bumps row {@code a}, meets the other at the barrier, then bumps row {@code b}. */
    private static Mono<String> lockBoth(TestDb db, int a, int b, Sinks.Empty<Void> mine, Sinks.Empty<Void> theirs,
                                         List<Throwable> errors) {
        return db.db().transaction(tx -> bump(tx, a).then(Conflicts.barrier(mine, theirs)).then(bump(tx, b)))
                .then(Mono.just("committed"))
                .onErrorResume(e -> {
                    errors.add(e);
                    return Mono.just("failed");
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static Mono<Long> bump(DbConn tx, int id) {
        return RawQuery.sql(BUMP, id).exec(tx);
    }

    @DbTest
    void aLockNotAvailableIsATransientLockTimeout(TestDb db) {
        Conflicts.counters(db);
        // The raw connection holds the lock on row 2 in an open transaction.
        db.withRawConnection(c -> Mono.from(c.beginTransaction())
                .thenMany(c.createStatement("UPDATE \"counter\" SET \"n\" = 50 WHERE \"id\" = 2").execute())
                .flatMap(r -> r.getRowsUpdated()));
        String lock = "SELECT \"n\" FROM \"counter\" WHERE \"id\" = $1 FOR UPDATE NOWAIT";
        try {
            db.db().transaction(tx -> RawQuery.sql(lock, 2).map(row -> row.get(0, Long.class)).one(tx)
                            .then(bump(tx, 1)))
                    .as(StepVerifier::create)
                    .verifyErrorSatisfies(e -> {
                        assertTransient(e, LockTimeoutException.class,
                                db.kind() == TestDb.Kind.POSTGRES ? "55P03" : "HYT00", lock);
                        assertThat(e).hasMessageStartingWith("lock not obtained in time, the statement was cancelled");
                    });
        } finally {
            db.withRawConnection(c -> c.rollbackTransaction());
        }
        assertThat(db.statements().all()).containsExactly("BEGIN", lock, "ROLLBACK");
        assertThat(Conflicts.counter(db, 1)).isZero();
        assertThat(Conflicts.counter(db, 2)).isZero();
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }
}
