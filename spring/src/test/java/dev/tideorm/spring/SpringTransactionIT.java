package dev.tideorm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.r2dbc.StatementEvent;
import dev.tideorm.r2dbc.StatementEvent.Kind;
import dev.tideorm.spring.entity.Account;
import dev.tideorm.spring.entity.AccountActiveModel;
import dev.tideorm.spring.entity.Account_;
import dev.tideorm.spring.entity.EntryActiveModel;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import io.r2dbc.spi.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * TideORM joins Spring-managed reactive transactions ({@code TransactionalOperator} over an
 * {@code R2dbcTransactionManager}): one connection and one transaction with {@code DatabaseClient}, savepoints for
 * its own transactions, and plain autocommit outside.
 */
class SpringTransactionIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Mono<Long> springInsert(DatabaseClient client, String name) {
        return client.sql("INSERT INTO \"account\" (\"name\", \"balance\") VALUES (:name, :balance)")
                .bind("name", name).bind("balance", 0).fetch().rowsUpdated();
    }

    private static Mono<Account> tideInsert(SpringSetup s, String name) {
        return AccountActiveModel.builder().setName(name).setBalance(0).insert(s.db);
    }

    private static Mono<Long> springCount(DatabaseClient client) {
        return client.sql("SELECT COUNT(*) FROM \"account\"").map(r -> ((Number) r.get(0)).longValue()).one();
    }

    /** The count seen from the test's own connection, outside every transaction (blocking: off the event loop). */
    private static Mono<Long> outsideCount(SpringSetup s) {
        return Mono.fromCallable(() -> s.testDb.countRows("account")).subscribeOn(Schedulers.boundedElastic());
    }

    private static List<String> names(TestDb db) {
        return db.query("SELECT \"name\" FROM \"account\" ORDER BY \"name\"", (r, m) -> r.get(0, String.class));
    }

    private static List<Kind> kinds(SpringSetup s) {
        return s.recorder.events().stream().map(StatementEvent::kind).toList();
    }

    @DbTest
    void tideOrmAndDatabaseClientShareOneConnectionAndCommitTogether(TestDb t) {
        try (SpringSetup s = SpringSetup.of(t)) {
            AtomicLong tideSees = new AtomicLong(-1);
            AtomicLong springSees = new AtomicLong(-1);
            AtomicLong outsideSees = new AtomicLong(-1);
            AtomicInteger lent = new AtomicInteger(-1);
            tideInsert(s, "tide")
                    .then(springInsert(s.client, "spring"))
                    .then(Account_.find().count(s.db)).doOnNext(tideSees::set)
                    .then(springCount(s.client)).doOnNext(springSees::set)
                    .then(Mono.fromRunnable(() -> lent.set(s.acquired())))
                    .then(outsideCount(s)).doOnNext(outsideSees::set)
                    .as(s.tx::transactional)
                    .block(WAIT);

            assertThat(tideSees.get()).as("TideORM sees DatabaseClient's uncommitted row").isEqualTo(2);
            assertThat(springSees.get()).as("DatabaseClient sees TideORM's uncommitted row").isEqualTo(2);
            assertThat(outsideSees.get()).as("nothing is visible outside before the commit").isZero();
            assertThat(lent.get()).as("one connection for both").isEqualTo(1);
            assertThat(names(t)).containsExactly("spring", "tide");
            assertThat(kinds(s)).as("Spring begins and commits; TideORM only runs statements")
                    .containsExactly(Kind.INSERT, Kind.SELECT);
            assertThat(s.acquired()).isZero();
        }
    }

    @DbTest
    void anErrorRollsBackTideOrmAndDatabaseClientWorkTogether(TestDb t) {
        try (SpringSetup s = SpringSetup.of(t)) {
            tideInsert(s, "a").then(springInsert(s.client, "b")).then(Mono.error(new IllegalStateException("boom")))
                    .as(s.tx::transactional)
                    .as(StepVerifier::create).verifyErrorMessage("boom");
            assertThat(t.countRows("account")).isZero();

            // TideORM's own error (a unique violation after DatabaseClient's insert) rolls both back too.
            springInsert(s.client, "c").then(tideInsert(s, "d")).then(tideInsert(s, "c"))
                    .as(s.tx::transactional)
                    .as(StepVerifier::create).verifyError(UniqueViolationException.class);
            assertThat(t.countRows("account")).isZero();
            assertThat(s.acquired()).isZero();
        }
    }

    @DbTest
    void aTideOrmTransactionInsideASpringTransactionIsASavepoint(TestDb t) {
        try (SpringSetup s = SpringSetup.of(t)) {
            s.db.transaction(tx -> AccountActiveModel.builder().setName("a").setBalance(1).insert(tx))
                    .then(s.db.transaction(tx -> AccountActiveModel.builder().setName("b").setBalance(1).insert(tx)
                                    .then(AccountActiveModel.builder().setName("a").setBalance(1).insert(tx)))
                            .then()
                            .onErrorResume(UniqueViolationException.class, e -> Mono.empty()))
                    .then(springInsert(s.client, "c"))
                    .as(s.tx::transactional)
                    .block(WAIT);

            assertThat(kinds(s)).containsExactly(
                    Kind.SAVEPOINT, Kind.INSERT, Kind.RELEASE_SAVEPOINT,
                    Kind.SAVEPOINT, Kind.INSERT, Kind.INSERT, Kind.ROLLBACK_TO_SAVEPOINT);
            assertThat(names(t)).as("the failed savepoint only is undone; Spring commits the rest")
                    .containsExactly("a", "c");
        }
    }

    @DbTest
    void theSpringTransactionDecidesEvenAfterTideOrmWorkCompleted(TestDb t) {
        try (SpringSetup s = SpringSetup.of(t)) {
            // A nested save (its own transaction, hence a savepoint) completes; then the Spring transaction fails.
            AccountActiveModel.builder().setName("a").setBalance(1)
                    .addEntry(EntryActiveModel.builder().setMemo("opening"))
                    .save(s.db)
                    .then(Mono.error(new IllegalStateException("later failure")))
                    .as(s.tx::transactional)
                    .as(StepVerifier::create).verifyErrorMessage("later failure");

            assertThat(kinds(s)).contains(Kind.SAVEPOINT, Kind.RELEASE_SAVEPOINT)
                    .doesNotContain(Kind.BEGIN, Kind.COMMIT, Kind.ROLLBACK);
            assertThat(t.countRows("account")).isZero();
            assertThat(t.countRows("entry")).isZero();
        }
    }

    @DbTest
    void anInnerRequiresNewTransactionIsJoinedByTideOrmAndCommitsAlone(TestDb t) {
        try (SpringSetup s = SpringSetup.of(t)) {
            DefaultTransactionDefinition requiresNew = new DefaultTransactionDefinition();
            requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            TransactionalOperator inner = TransactionalOperator.create(s.transactionManager, requiresNew);

            tideInsert(s, "outer")
                    .then(tideInsert(s, "inner").as(inner::transactional))
                    .then(Mono.error(new IllegalStateException("outer fails")))
                    .as(s.tx::transactional)
                    .as(StepVerifier::create).verifyErrorMessage("outer fails");

            assertThat(names(t)).containsExactly("inner");
        }
    }

    @DbTest
    void outsideASpringTransactionStatementsAutocommitAndTransactionsAreReal(TestDb t) {
        try (SpringSetup s = SpringSetup.of(t)) {
            tideInsert(s, "a").block(WAIT);
            assertThat(t.countRows("account")).as("autocommitted").isEqualTo(1);

            s.db.transaction(tx -> AccountActiveModel.builder().setName("b").setBalance(1).insert(tx)).blockLast(WAIT);
            s.db.transaction(tx -> AccountActiveModel.builder().setName("c").setBalance(1).insert(tx)
                            .then(Mono.error(new IllegalStateException("boom"))))
                    .as(StepVerifier::create).verifyErrorMessage("boom");

            assertThat(kinds(s)).containsExactly(Kind.INSERT,
                    Kind.BEGIN, Kind.INSERT, Kind.COMMIT,
                    Kind.BEGIN, Kind.INSERT, Kind.ROLLBACK);
            assertThat(names(t)).containsExactly("a", "b");
            assertThat(s.acquired()).as("every connection went back to the pool").isZero();
        }
    }

    @DbTest
    void aCancelledTideOrmQueryLeavesTheConnectionToTheSpringTransaction(TestDb t) {
        try (SpringSetup s = SpringSetup.of(t)) {
            Flux.range(0, 5).concatMap(i -> tideInsert(s, "n" + i)).then().block(WAIT);
            AtomicInteger lentAfterCancel = new AtomicInteger(-1);
            Account_.find().orderBy(Account_.ID.asc()).stream(s.db).take(2).then()   // cancels the query
                    .then(Mono.fromRunnable(() -> lentAfterCancel.set(s.acquired())))
                    .then(springInsert(s.client, "after"))
                    .as(s.tx::transactional)
                    .block(WAIT);

            assertThat(lentAfterCancel.get()).as("the transaction's connection is still lent, to Spring").isEqualTo(1);
            assertThat(t.countRows("account")).isEqualTo(6);
            assertThat(s.acquired()).isZero();
        }
    }

    @DbTest
    void aReleaseThatHasLostTheTransactionContextDoesNotCloseTheTransactionsConnection(TestDb t) {
        try (SpringSetup s = SpringSetup.of(t)) {
            SpringConnectionProvider provider = new SpringConnectionProvider(s.pool);
            Mono.from(provider.acquire())
                    // Given back in a subscription of its own, as TideORM's detached clean-up does (no context).
                    .flatMap(c -> Mono.fromFuture(Mono.from(provider.release(c)).toFuture()).thenReturn(c))
                    .flatMap((Connection c) -> springInsert(s.client, "still open").thenReturn(c.isAutoCommit()))
                    .as(s.tx::transactional)
                    .as(StepVerifier::create).expectNext(false).verifyComplete();

            assertThat(names(t)).containsExactly("still open");
            assertThat(s.acquired()).isZero();
        }
    }
}
