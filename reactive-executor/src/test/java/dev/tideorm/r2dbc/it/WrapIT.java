package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.r2dbc.ConnectionProvider;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DatabaseOptions;
import dev.tideorm.r2dbc.StatementEvent;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.StatementRecorder;
import dev.tideorm.test.TestDb;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** {@link Database#wrap}: TideORM over connections the application already has. */
class WrapIT {
    private static final String INSERT = "INSERT INTO \"cake\" (\"name\") VALUES ($1)";

    private static ConnectionFactory factory(TestDb db) {
        ConnectionFactoryOptions.Builder b = ConnectionFactoryOptions.parse(db.url()).mutate();
        db.options().build().driverOptions().forEach((k, v) -> b.option(Option.valueOf(k), v));
        return ConnectionFactories.get(b.build());
    }

    @DbTest
    void aWrappedApplicationPoolRunsStatementsAndTransactionsAndStaysTheApplications(TestDb db) {
        Fixtures.cakesAndFruits(db);
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory(db)).maxSize(3).build());
        StatementRecorder recorder = new StatementRecorder();
        Database d = Database.wrap(pool, DatabaseOptions.builder().listener(recorder).build());

        d.transaction(tx -> RawQuery.sql(INSERT, "a").exec(tx).then(RawQuery.sql(INSERT, "b").exec(tx)))
                .blockLast(Duration.ofSeconds(10));
        RawQuery.sql(INSERT, "c").exec(d).block(Duration.ofSeconds(10));

        assertThat(db.countRows("cake")).isEqualTo(3);
        assertThat(recorder.all()).containsExactly("BEGIN", INSERT, INSERT, "COMMIT", INSERT);
        assertThat(d.dialect()).isEqualTo(db.dialect());
        assertThat(d.poolStats().maxAllocated()).isEqualTo(3);
        assertThat(d.poolStats().acquired()).isZero();
        d.close().block();
        // The pool is the application's: still usable after the database is closed.
        Mono.usingWhen(pool.create(), c -> Mono.from(c.createStatement("SELECT 1").execute()).then(),
                Connection::close).block(Duration.ofSeconds(10));
        pool.dispose();
    }

    @DbTest
    void aPlainFactoryOpensAndClosesAConnectionPerStatement(TestDb db) {
        Fixtures.cakes(db, "apple");
        Database d = Database.wrap(factory(db));
        assertThat(RawQuery.sql("SELECT COUNT(*) FROM \"cake\"").map(r -> r.get(0, Long.class)).one(d)
                .block(Duration.ofSeconds(10))).isEqualTo(1L);
        d.transaction(tx -> RawQuery.sql(INSERT, "pear").exec(tx)).blockLast(Duration.ofSeconds(10));
        assertThat(db.countRows("cake")).isEqualTo(2);
    }

    /** Hands out one connection that is already inside a transaction the test manages, as Spring would. */
    private static final class ManagedTransaction implements ConnectionProvider {
        private final Connection connection;
        private final AtomicInteger released = new AtomicInteger();

        ManagedTransaction(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Publisher<? extends Connection> acquire() {
            return Mono.just(connection);
        }

        @Override
        public Publisher<Void> release(Connection c) {
            return Mono.fromRunnable(released::incrementAndGet);
        }
    }

    @DbTest
    void insideATransactionManagedElsewhereTideOrmNeverCommitsNorRollsItBack(TestDb db) {
        Fixtures.cakesAndFruits(db);
        Connection raw = Mono.from(factory(db).create()).block(Duration.ofSeconds(10));
        try {
            Mono.from(raw.beginTransaction()).block();
            ManagedTransaction provider = new ManagedTransaction(raw);
            StatementRecorder recorder = new StatementRecorder();
            Database d = Database.wrap(provider, db.dialect().name(), DatabaseOptions.builder().listener(recorder)
                    .build());

            d.transaction(tx -> RawQuery.sql(INSERT, "a").exec(tx)).blockLast(Duration.ofSeconds(10));
            RawQuery.sql(INSERT, "b").exec(d).block(Duration.ofSeconds(10));
            // A failing TideORM transaction rolls back to its savepoint only.
            d.transaction(tx -> RawQuery.sql(INSERT, "c").exec(tx).then(RawQuery.sql(INSERT, "a").exec(tx)))
                    .as(StepVerifier::create).verifyError(UniqueViolationException.class);

            assertThat(recorder.events().stream().map(StatementEvent::kind)).containsExactly(
                    StatementEvent.Kind.SAVEPOINT, StatementEvent.Kind.INSERT, StatementEvent.Kind.RELEASE_SAVEPOINT,
                    StatementEvent.Kind.INSERT,
                    StatementEvent.Kind.SAVEPOINT, StatementEvent.Kind.INSERT, StatementEvent.Kind.INSERT,
                    StatementEvent.Kind.ROLLBACK_TO_SAVEPOINT);
            assertThat(provider.released.get()).isEqualTo(3);
            assertThat(raw.isAutoCommit()).as("the outer transaction is still open").isFalse();
            assertThat(Flux.from(raw.createStatement("SELECT \"name\" FROM \"cake\" ORDER BY \"name\"").execute())
                    .concatMap(r -> r.map((row, m) -> row.get(0, String.class))).collectList().block())
                    .containsExactly("a", "b");
            assertThat(db.countRows("cake")).as("nothing committed yet").isZero();

            Mono.from(raw.rollbackTransaction()).block();
            assertThat(db.countRows("cake")).as("the outer transaction decides").isZero();
        } finally {
            Mono.from(raw.close()).block(Duration.ofSeconds(10));
        }
    }
}
