package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.StatementEvent;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class StreamingIT {
    private static final String SELECT = "SELECT \"name\" FROM \"cake\" ORDER BY \"id\"";

    private static void hundredCakes(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.exec("INSERT INTO \"cake\" (\"name\") VALUES " + IntStream.rangeClosed(1, 100)
                .mapToObj(i -> "('c" + i + "')").collect(Collectors.joining(", ")));
    }

    private static Flux<String> names(DbConn d) {
        return RawQuery.sql(SELECT).map(row -> row.get(0, String.class)).stream(d);
    }

    @DbTest
    void rowsFlowOnlyAsRequested(TestDb db) {
        hundredCakes(db);
        StepVerifier.create(names(db.db()), 0)
                .expectSubscription()
                .expectNoEvent(java.time.Duration.ofMillis(50))
                .thenRequest(3)
                .expectNext("c1", "c2", "c3")
                .expectNoEvent(java.time.Duration.ofMillis(50))
                .thenRequest(2)
                .expectNext("c4", "c5")
                .thenCancel()
                .verify();

        assertThat(db.awaitNoAcquired().acquired()).isZero();
        StatementEvent event = db.statements().events().get(0);
        assertThat(event.outcome()).isEqualTo(StatementEvent.Outcome.CANCELLED);
        assertThat(event.rows()).isEqualTo(5);
    }

    @DbTest
    void aStreamCancelledHalfWayReturnsItsConnectionWhichStaysUsable(TestDb db) {
        hundredCakes(db);
        Database d = db.connect(o -> o.maxSize(1));
        names(d).take(10)
                .as(StepVerifier::create)
                .expectNextCount(10)
                .verifyComplete();

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (d.poolStats().acquired() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(d.poolStats().acquired()).isZero();
        // The single connection is fine: the rest of the cancelled result does not leak into this query.
        RawQuery.sql("SELECT COUNT(*) FROM \"cake\"").map(row -> row.get(0, Long.class)).one(d)
                .as(StepVerifier::create).expectNext(100L).verifyComplete();
        names(d).count().as(StepVerifier::create).expectNext(100L).verifyComplete();
    }

    @DbTest
    void cancellingAStreamInsideATransactionRollsBackAndLeavesTheConnectionClean(TestDb db) {
        hundredCakes(db);
        Database d = db.connect(o -> o.maxSize(1));
        d.transaction(tx -> RawQuery.sql("DELETE FROM \"cake\" WHERE \"name\" = $1", "c1").exec(tx)
                        .thenMany(names(tx)))
                .take(3)
                .as(StepVerifier::create)
                .expectNext("c2", "c3", "c4")
                .verifyComplete();

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (d.poolStats().acquired() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(d.poolStats().acquired()).isZero();
        assertThat(db.countRows("cake")).isEqualTo(100);                 // the DELETE was rolled back
        names(d).count().as(StepVerifier::create).expectNext(100L).verifyComplete();
    }

    @DbTest
    void aMapperFailingMidStreamReleasesTheConnection(TestDb db) {
        hundredCakes(db);
        RawQuery.sql(SELECT)
                .map(row -> {
                    String name = row.get(0, String.class);
                    if (name.equals("c3")) {
                        throw new IllegalStateException("bad row");
                    }
                    return name;
                })
                .stream(db.db())
                .as(StepVerifier::create)
                .expectNext("c1", "c2")
                .verifyErrorMessage("bad row");
        assertThat(db.awaitNoAcquired().acquired()).isZero();
        assertThat(db.statements().events().get(0).outcome()).isEqualTo(StatementEvent.Outcome.ERROR);
    }

    @DbTest
    void manyConcurrentQueriesShareASmallPool(TestDb db) {
        hundredCakes(db);
        Database d = db.connect(o -> o.maxSize(2));
        Flux.range(0, 30)
                .flatMap(i -> names(d).count(), 30)
                .collectList()
                .as(StepVerifier::create)
                .assertNext(counts -> assertThat(counts).hasSize(30).containsOnly(100L))
                .verifyComplete();
        assertThat(d.poolStats().allocated()).isLessThanOrEqualTo(2);
    }

    @DbTest
    void aLongStreamIsReadWithBoundedDemand(TestDb db) {
        hundredCakes(db);
        List<String> all = names(db.db()).limitRate(7).collectList().block();
        assertThat(all).hasSize(100).startsWith("c1", "c2").endsWith("c100");
        assertThat(db.statements().events()).singleElement()
                .satisfies(e -> assertThat(e.rows()).isEqualTo(100));
    }
}
