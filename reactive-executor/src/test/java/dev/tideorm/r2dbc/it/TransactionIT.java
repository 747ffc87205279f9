package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.QueryException;
import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DbContextKeys;
import dev.tideorm.r2dbc.StatementEvent;
import dev.tideorm.r2dbc.Transaction;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class TransactionIT {
    private static final String INSERT = "INSERT INTO \"cake\" (\"name\") VALUES ($1)";

    private static Mono<Long> insert(DbConn conn, String name) {
        return RawQuery.sql(INSERT, name).exec(conn);
    }

    private static Mono<Long> count(DbConn conn) {
        return RawQuery.sql("SELECT COUNT(*) FROM \"cake\"").map(row -> row.get(0, Long.class)).one(conn);
    }

    /** The raw, separate-connection count, read off the reactor threads. */
    private static Mono<Long> countOutside(TestDb db) {
        return Mono.fromCallable(() -> db.countRows("cake")).subscribeOn(Schedulers.boundedElastic());
    }

    private static List<String> names(TestDb db) {
        return db.rows("SELECT \"name\" FROM \"cake\" ORDER BY \"id\"").stream()
                .map(r -> (String) r.get("name")).toList();
    }

    @DbTest
    void commitsWhenTheWorkCompletes(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.db().transaction(tx -> insert(tx, "a").then(insert(tx, "b")))
                .as(StepVerifier::create)
                .expectNext(1L)
                .verifyComplete();

        assertThat(names(db)).containsExactly("a", "b");
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, INSERT, "COMMIT");
        assertThat(db.statements().events()).allMatch(StatementEvent::inTransaction);
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void rollsBackWhenTheWorkFails(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.db().transaction(tx -> insert(tx, "a").then(Mono.error(new IllegalStateException("boom"))))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalStateException.class).hasMessage("boom"));

        assertThat(db.countRows("cake")).isZero();
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, "ROLLBACK");
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void rollsBackWhenAStatementFails(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.db().transaction(tx -> insert(tx, "a").then(insert(tx, "a")))
                .as(StepVerifier::create)
                .verifyError(UniqueViolationException.class);

        assertThat(db.countRows("cake")).isZero();
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, INSERT, "ROLLBACK");
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void rollsBackWhenTheSubscriberCancels(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.db().transaction(tx -> insert(tx, "a").thenMany(Flux.just("inserted").concatWith(Flux.never())))
                .as(StepVerifier::create)
                .expectNext("inserted")
                .thenCancel()
                .verify();

        assertThat(db.awaitNoAcquired().acquired()).isZero();
        assertThat(db.countRows("cake")).isZero();
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, "ROLLBACK");
    }

    @DbTest
    void transactionMonoCommitsAndEmitsTheValue(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.db().transactionMono(tx -> insert(tx, "a").thenReturn("done"))
                .as(StepVerifier::create)
                .expectNext("done")
                .verifyComplete();

        assertThat(db.countRows("cake")).isEqualTo(1);
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, "COMMIT");
    }

    @DbTest
    void explicitBeginAndCommit(TestDb db) {
        Fixtures.cakesAndFruits(db);
        Transaction tx = db.db().begin().block();
        assertThat(tx.isActive()).isTrue();
        assertThat(tx.isNested()).isFalse();

        insert(tx, "a").then(countOutside(db))
                .as(StepVerifier::create)
                .expectNext(0L)                         // not visible to another connection yet
                .verifyComplete();
        tx.commit().as(StepVerifier::create).verifyComplete();

        assertThat(db.countRows("cake")).isEqualTo(1);
        assertThat(tx.isActive()).isFalse();
        assertThat(db.poolStats().acquired()).isZero();
        insert(tx, "b").as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(QueryException.class)
                        .hasMessageContaining("the transaction was committed; it accepts no more statements"));
        tx.rollback().as(StepVerifier::create).verifyError(QueryException.class);
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, "COMMIT");
    }

    @DbTest
    void cancellingAnExplicitCommitStillReturnsTheConnection(TestDb db) {
        Fixtures.cakesAndFruits(db);
        // The subscriber of commit() goes away the moment the COMMIT has run, before the connection is returned.
        Sinks.One<Boolean> cancel = Sinks.one();
        Database d = db.connect(o -> o.listener(e -> {
            if (e.kind() == StatementEvent.Kind.COMMIT) {
                cancel.tryEmitValue(true);
            }
        }));
        Transaction tx = d.begin().block();
        insert(tx, "a").block();
        tx.commit().takeUntilOther(cancel.asMono())
                .as(StepVerifier::create)
                .verifyComplete();

        assertThat(db.countRows("cake")).isEqualTo(1);
        assertThat(tx.isActive()).isFalse();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (d.poolStats().acquired() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(d.poolStats().acquired()).isZero();
    }

    @DbTest
    void explicitBeginAndRollback(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.db().begin()
                .flatMap(tx -> insert(tx, "a").then(count(tx)).flatMap(n -> tx.rollback().thenReturn(n)))
                .as(StepVerifier::create)
                .expectNext(1L)
                .verifyComplete();

        assertThat(db.countRows("cake")).isZero();
        assertThat(db.poolStats().acquired()).isZero();
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, "SELECT COUNT(*) FROM \"cake\"", "ROLLBACK");
    }

    @DbTest
    void aFailedNestedTransactionRollsBackToItsSavepointAndKeepsTheOuterWork(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.db().transaction(tx -> insert(tx, "outer")
                        .then(tx.transaction(sp -> insert(sp, "inner").then(insert(sp, "outer"))).then()
                                .onErrorResume(UniqueViolationException.class, e -> Mono.empty()))
                        .then(insert(tx, "after")))
                .as(StepVerifier::create)
                .expectNext(1L)
                .verifyComplete();

        // A failed statement aborts a PostgreSQL transaction; rolling back to the savepoint recovers it.
        assertThat(names(db)).containsExactly("outer", "after");
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, "SAVEPOINT tide_sp_1", INSERT, INSERT,
                "ROLLBACK TO SAVEPOINT tide_sp_1", INSERT, "COMMIT");
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void aSuccessfulNestedTransactionReleasesItsSavepoint(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.db().transaction(tx -> insert(tx, "outer")
                        .then(tx.transactionMono(sp -> insert(sp, "inner")
                                .then(Mono.fromCallable(() -> ((Transaction) sp).isNested())))))
                .as(StepVerifier::create)
                .expectNext(true)
                .verifyComplete();

        assertThat(names(db)).containsExactly("outer", "inner");
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, "SAVEPOINT tide_sp_1", INSERT,
                "RELEASE SAVEPOINT tide_sp_1", "COMMIT");
    }

    @DbTest
    void explicitSavepointsNestAndRollBackIndependently(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.db().begin().flatMap(tx -> insert(tx, "outer")
                        .then(tx.begin()).flatMap(sp1 -> insert(sp1, "one").then(sp1.commit()))
                        .then(tx.begin()).flatMap(sp2 -> insert(sp2, "two").then(sp2.rollback()))
                        .then(tx.commit()))
                .as(StepVerifier::create)
                .verifyComplete();

        assertThat(names(db)).containsExactly("outer", "one");
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, "SAVEPOINT tide_sp_1", INSERT,
                "RELEASE SAVEPOINT tide_sp_1", "SAVEPOINT tide_sp_2", INSERT, "ROLLBACK TO SAVEPOINT tide_sp_2",
                "COMMIT");
        assertThat(db.poolStats().acquired()).isZero();
    }

    @DbTest
    void thePlainDatabaseHandleJoinsTheTransactionFromTheContext(TestDb db) {
        Fixtures.cakesAndFruits(db);
        Database plain = db.db();
        plain.transaction(tx -> insert(plain, "joined")                       // the plain handle, not tx
                        .then(Mono.zip(count(plain), countOutside(db),
                                Mono.fromCallable(() -> plain.poolStats().acquired())))
                        .map(t -> t.getT1() + "/" + t.getT2() + "/" + t.getT3()))
                .as(StepVerifier::create)
                .expectNext("1/0/1")      // sees its own write; others do not; one connection in use
                .verifyComplete();

        assertThat(db.countRows("cake")).isEqualTo(1);
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, "SELECT COUNT(*) FROM \"cake\"", "COMMIT");
        assertThat(db.statements().events()).allMatch(StatementEvent::inTransaction);
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void contextJoinedWritesRollBackWithTheTransaction(TestDb db) {
        Fixtures.cakesAndFruits(db);
        Database plain = db.db();
        plain.transaction(tx -> insert(plain, "joined")
                        .then(Mono.deferContextual(ctx -> Mono.just(DbContextKeys.currentTransaction(ctx)
                                .orElseThrow() == tx)))
                        .then(Mono.error(new IllegalStateException("boom"))))
                .as(StepVerifier::create)
                .verifyErrorMessage("boom");

        assertThat(db.countRows("cake")).isZero();
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, "ROLLBACK");
    }

    @DbTest
    void aTransactionOpenedThroughTheContextIsASavepoint(TestDb db) {
        Fixtures.cakesAndFruits(db);
        Database plain = db.db();
        plain.transaction(tx -> insert(plain, "outer")
                        .then(plain.transaction(inner -> insert(plain, "inner")
                                .then(Mono.error(new IllegalStateException("inner failed")))).then()
                                .onErrorResume(IllegalStateException.class, e -> Mono.empty()))
                        .then(count(plain)))
                .as(StepVerifier::create)
                .expectNext(1L)
                .verifyComplete();

        assertThat(names(db)).containsExactly("outer");
        assertThat(db.statements().all()).containsExactly("BEGIN", INSERT, "SAVEPOINT tide_sp_1", INSERT,
                "ROLLBACK TO SAVEPOINT tide_sp_1", "SELECT COUNT(*) FROM \"cake\"", "COMMIT");
    }

    @DbTest
    void beginThroughTheContextOpensASavepoint(TestDb db) {
        Fixtures.cakesAndFruits(db);
        Database plain = db.db();
        plain.transaction(tx -> plain.begin()
                        .flatMap(sp -> insert(sp, "kept").then(sp.commit()).thenReturn(sp.isNested())))
                .as(StepVerifier::create)
                .expectNext(true)
                .verifyComplete();
        assertThat(names(db)).containsExactly("kept");
        assertThat(db.statements().all()).containsExactly("BEGIN", "SAVEPOINT tide_sp_1", INSERT,
                "RELEASE SAVEPOINT tide_sp_1", "COMMIT");
    }

    @DbTest
    void anotherDatabaseDoesNotJoinTheTransaction(TestDb db) {
        Fixtures.cakesAndFruits(db);
        Database other = db.connect(o -> { });
        db.db().transaction(tx -> insert(tx, "mine").then(count(other)))
                .as(StepVerifier::create)
                .expectNext(0L)
                .verifyComplete();
        assertThat(db.countRows("cake")).isEqualTo(1);
    }

    @DbTest
    void afterAFailedStatementPostgresRefusesToCommitWhileH2KeepsTheRest(TestDb db) {
        Fixtures.cakesAndFruits(db);
        StepVerifier.FirstStep<Void> commit = db.db()
                .transaction(tx -> insert(tx, "a")
                        .then(insert(tx, "a").onErrorResume(UniqueViolationException.class, e -> Mono.just(0L))))
                .then()
                .as(StepVerifier::create);
        if (db.kind() == TestDb.Kind.POSTGRES) {
            commit.verifyErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(QueryException.class)
                    .hasMessageContaining("transaction rolled back by the database")
                    .hasMessageContaining("[SQL: COMMIT]"));
            assertThat(db.countRows("cake")).isZero();
        } else {
            commit.verifyComplete();
            assertThat(db.countRows("cake")).isEqualTo(1);
        }
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void beginOnAClosedDatabaseFailsWithConnectionException(TestDb db) {
        Database d = db.connect(o -> { });
        d.close().block();
        d.transaction(tx -> insert(tx, "a"))
                .as(StepVerifier::create)
                .verifyError(ConnectionException.class);
    }
}
