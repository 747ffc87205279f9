package dev.tideorm.r2dbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * The server drops connections (a restart, an administrator, a crashed backend): TideORM heals without costing
 * the application failed operations once the server answers again. Server-side kills need PostgreSQL
 * ({@code pg_terminate_backend}); H2 in memory has no server to lose.
 */
class ServerFaultsIT {

    private static void requirePostgres(TestDb db) {
        assumeTrue(db.kind() == TestDb.Kind.POSTGRES, "kills server sessions with pg_terminate_backend");
    }

    private static Database pool(TestDb db, String app, Duration eviction) {
        return db.connect(o -> o.maxSize(10).initialSize(10).evictionInterval(eviction)
                .option("applicationName", app));
    }

    /**
     * Terminates the sessions of {@code app} matching {@code stateCondition} and waits until the server has ended
     * them. The client may not have noticed yet: a borrow in that instant finds the connection open and gets the
     * server's termination message (SQLSTATE 57P01), which TideORM answers by running the statement again on
     * another connection (outside a transaction), so no pause is needed here.
     */
    private static int kill(TestDb db, String app, String stateCondition) {
        int killed = db.rows("SELECT pg_terminate_backend(pid) AS k FROM pg_stat_activity WHERE application_name = '"
                + app + "' AND " + stateCondition).size();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sessions(db, app, stateCondition) > 0 && System.nanoTime() < deadline) {
            sleep(10);
        }
        return killed;
    }

    private static long sessions(TestDb db, String app, String stateCondition) {
        return ((Number) db.rows("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE application_name = '" + app
                + "' AND " + stateCondition).get(0).get("n")).longValue();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A recovery figure, to standard output (quoted in RELIABILITY.md). */
    private static void report(String format, Object... args) {
        System.out.println("SERVER FAULTS: " + String.format(Locale.ROOT, format, args));
    }

    private static Mono<Integer> one(Database d) {
        return RawQuery.sql("SELECT 1").map(r -> r.get(0, Integer.class)).one(d);
    }

    @DbTest
    void afterEveryPooledConnectionWasKilledNoOperationFails(TestDb db) {
        requirePostgres(db);
        String app = "tide-kill-" + UUID.randomUUID();
        Database d = pool(db, app, Duration.ZERO);      // no background check: borrowing alone must heal
        Flux.range(0, 10).flatMap(i -> one(d), 10).blockLast(Duration.ofSeconds(20));
        assertThat(kill(db, app, "TRUE")).isEqualTo(10);

        List<Throwable> failures = new ArrayList<>();
        long start = System.nanoTime();
        long first = 0;
        for (int i = 0; i < 30; i++) {
            one(d).onErrorResume(e -> {
                failures.add(e);
                return Mono.empty();
            }).block(Duration.ofSeconds(20));
            if (i == 0) {
                first = System.nanoTime() - start;
            }
        }
        report("10 idle connections killed, then 30 operations one after another: the first took %.1f ms, all 30 "
                + "%.1f ms, %d failed", first / 1e6, (System.nanoTime() - start) / 1e6, failures.size());

        assertThat(failures).as("user-visible failures after the kill").isEmpty();
    }

    @DbTest
    void concurrentCallersAfterAMassKillSeeNoFailure(TestDb db) {
        requirePostgres(db);
        String app = "tide-kill-par-" + UUID.randomUUID();
        Database d = pool(db, app, Duration.ZERO);
        Flux.range(0, 10).flatMap(i -> one(d), 10).blockLast(Duration.ofSeconds(20));
        kill(db, app, "TRUE");

        long start = System.nanoTime();
        List<Integer> results = Flux.range(0, 40).flatMap(i -> one(d), 10).collectList().block(Duration.ofSeconds(30));
        report("10 idle connections killed, then 40 operations 10 at a time: %.1f ms",
                (System.nanoTime() - start) / 1e6);

        assertThat(results).hasSize(40).containsOnly(1);
    }

    @DbTest
    void deadIdleConnectionsAreEvictedInTheBackground(TestDb db) {
        requirePostgres(db);
        String app = "tide-evict-" + UUID.randomUUID();
        Database d = pool(db, app, Duration.ofMillis(100));
        Flux.range(0, 10).flatMap(i -> one(d), 10).blockLast(Duration.ofSeconds(20));
        assertThat(d.poolStats().allocated()).isEqualTo(10);

        long start = System.nanoTime();
        kill(db, app, "TRUE");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (d.poolStats().idle() > 0 && System.nanoTime() < deadline) {
            sleep(20);
        }
        report("10 idle connections killed: the background check (every 100 ms) had dropped them %.0f ms after "
                + "pg_terminate_backend", (System.nanoTime() - start) / 1e6);

        assertThat(d.poolStats().idle()).as("dead idle connections left in the pool").isZero();
        assertThat(one(d).block(Duration.ofSeconds(10))).isEqualTo(1);
    }

    /** Kills the session of {@code app} that is running a statement, once it runs one. */
    /**
     * Kills the session of {@code app} once it is running the test's {@code pg_sleep}: waiting for any active
     * session could catch the BEGIN before it (active for an instant), kill nothing, and let the sleep finish.
     */
    private static Runnable killWhenActive(TestDb db, String app) {
        return () -> {
            String sleeping = "state = 'active' AND query LIKE 'SELECT 1 FROM pg_sleep%'";
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < deadline) {
                if (sessions(db, app, sleeping) > 0 && kill(db, app, sleeping) > 0) {
                    return;
                }
                sleep(5);
            }
        };
    }

    @DbTest
    void aReadKilledMidFlightIsRunAgainOnAnotherConnection(TestDb db) {
        requirePostgres(db);
        String app = "tide-busy-read-" + UUID.randomUUID();
        Database d = pool(db, app, Duration.ZERO);
        Mono<Integer> slow = RawQuery.sql("SELECT 1 FROM pg_sleep(0.5)").map(r -> r.get(0, Integer.class)).one(d);
        StepVerifier.create(slow)
                .then(() -> Mono.fromRunnable(killWhenActive(db, app)).subscribeOn(Schedulers.boundedElastic())
                        .subscribe())
                .expectNext(1)
                .expectComplete().verify(Duration.ofSeconds(20));
        assertThat(one(d).block(Duration.ofSeconds(10))).isEqualTo(1);
    }

    @DbTest
    void aStatementKilledInsideATransactionFailsTypedAndTheNextOperationSucceeds(TestDb db) {
        requirePostgres(db);
        String app = "tide-busy-" + UUID.randomUUID();
        Database d = pool(db, app, Duration.ZERO);
        for (int round = 0; round < 5; round++) {
            Mono<Integer> slow = d.transactionMono(tx -> RawQuery.sql("SELECT 1 FROM pg_sleep(5)")
                    .map(r -> r.get(0, Integer.class)).one(tx));
            StepVerifier.create(slow)
                    .then(() -> Mono.fromRunnable(killWhenActive(db, app)).subscribeOn(Schedulers.boundedElastic())
                            .subscribe())
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ConnectionException.class))
                    .verify(Duration.ofSeconds(20));

            long start = System.nanoTime();
            assertThat(one(d).block(Duration.ofSeconds(10))).as("round " + round).isEqualTo(1);
            report("busy connection killed (round %d): the next operation took %.1f ms", round,
                    (System.nanoTime() - start) / 1e6);
        }
    }

    @DbTest
    void aTransactionWhoseConnectionIsKilledPersistsNothingAndThePoolRecovers(TestDb db) {
        requirePostgres(db);
        db.exec("DROP TABLE IF EXISTS \"kv\"", "CREATE TABLE \"kv\" (\"k\" INTEGER PRIMARY KEY)");
        String app = "tide-txkill-" + UUID.randomUUID();
        Database d = pool(db, app, Duration.ZERO);
        d.transaction(tx -> RawQuery.sql("INSERT INTO \"kv\" (\"k\") VALUES (1)").exec(tx)
                        .then(Mono.fromRunnable(() -> kill(db, app, "state LIKE 'idle in transaction%'"))
                                .subscribeOn(Schedulers.boundedElastic()))
                        .then(RawQuery.sql("INSERT INTO \"kv\" (\"k\") VALUES (2)").exec(tx)))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ConnectionException.class));

        assertThat(db.countRows("kv")).isZero();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (d.poolStats().acquired() > 0 && System.nanoTime() < deadline) {
            sleep(10);
        }
        assertThat(d.poolStats().acquired()).isZero();
        RawQuery.sql("INSERT INTO \"kv\" (\"k\") VALUES (3)").exec(d).block(Duration.ofSeconds(10));
        assertThat(db.countRows("kv")).isEqualTo(1);
    }

    @DbTest
    void closingAfterTheServerDroppedEveryConnectionIsQuiet(TestDb db) {
        requirePostgres(db);
        String app = "tide-close-" + UUID.randomUUID();
        Database d = pool(db, app, Duration.ZERO);
        Flux.range(0, 10).flatMap(i -> one(d), 10).blockLast(Duration.ofSeconds(20));
        kill(db, app, "TRUE");

        d.close().as(StepVerifier::create).verifyComplete();
        d.close().as(StepVerifier::create).verifyComplete();
        assertThat(d.isClosed()).isTrue();
    }
}
