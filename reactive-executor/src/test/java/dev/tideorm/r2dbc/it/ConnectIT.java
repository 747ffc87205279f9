package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DatabaseOptions;
import dev.tideorm.r2dbc.PoolStats;
import dev.tideorm.r2dbc.Transaction;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ConnectIT {

    @DbTest
    void connectsAndPicksTheDialectFromTheDriver(TestDb db) {
        Database d = db.db();
        assertThat(d.dialect().name()).isEqualTo(db.name());
        assertThat(d.dialect().supportsReturning()).isEqualTo(db.kind() == TestDb.Kind.POSTGRES);
        d.query(Statement.of("SELECT 1"), row -> row.get(0, Integer.class))
                .as(StepVerifier::create)
                .expectNext(1)
                .verifyComplete();
        assertThat(d.toString()).contains(db.name());
    }

    @DbTest
    void closeReleasesEverythingAndLaterStatementsFailWithConnectionException(TestDb db) {
        Database d = Database.connect(db.options().initialSize(2).build()).block();
        assertThat(d.poolStats().allocated()).isEqualTo(2);
        d.execute(Statement.of("SELECT 1")).as(StepVerifier::create).expectNextCount(1).verifyComplete();

        d.close().as(StepVerifier::create).verifyComplete();

        assertThat(d.isClosed()).isTrue();
        assertThat(d.poolStats().allocated()).isZero();
        d.close().as(StepVerifier::create).verifyComplete();            // idempotent
        d.query(Statement.of("SELECT 1"), row -> 1)
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ConnectionException.class)
                        .hasMessageContaining("is closed"));
    }

    @DbTest
    void driverOptionsApplyOnTopOfTheUrl(TestDb db) {
        if (db.kind() == TestDb.Kind.POSTGRES) {
            // The harness connects with the r2dbc-postgresql "schema" option: it becomes the search path.
            String schema = (String) db.options().build().driverOptions().get("schema");
            db.db().query(Statement.of("SELECT current_schema()"), row -> row.get(0, String.class))
                    .as(StepVerifier::create)
                    .expectNext(schema)
                    .verifyComplete();
        } else {
            db.db().query(Statement.of("SELECT 1"), row -> row.get(0, Integer.class))
                    .as(StepVerifier::create).expectNext(1).verifyComplete();
        }
    }

    @DbTest
    void poolMetricsCountConnectionsLentOut(TestDb db) {
        Database d = db.connect(o -> o.maxSize(2).initialSize(1));
        assertThat(d.poolStats()).extracting(PoolStats::acquired, PoolStats::maxAllocated).containsExactly(0, 2);

        Transaction tx = d.begin().block();
        assertThat(d.poolStats().acquired()).isEqualTo(1);
        tx.rollback().as(StepVerifier::create).verifyComplete();

        assertThat(d.poolStats().acquired()).isZero();
        assertThat(d.poolStats().idle()).isGreaterThanOrEqualTo(1);
    }

    @DbTest
    void acquireTimeoutIsExactAndFailsWithConnectionException(TestDb db) {
        Duration timeout = Duration.ofMillis(500);
        Database d = db.connect(o -> o.maxSize(1).acquireTimeout(timeout));
        Transaction holder = d.begin().block();         // the only connection
        long start = System.nanoTime();

        d.query(Statement.of("SELECT 1"), row -> 1)
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ConnectionException.class)
                        .hasMessageContaining("no connection available within PT0.5S")
                        .hasMessageContaining("1 acquired"));

        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        // r2dbc-pool's default acquireRetry(1) would double it; TideORM's default is 0 retries.
        assertThat(elapsed).isGreaterThanOrEqualTo(timeout.minusMillis(20)).isLessThan(timeout.multipliedBy(19).dividedBy(10));
        holder.rollback().block();
        assertThat(d.poolStats().acquired()).isZero();
    }

    @Test
    void malformedUrlsFailAtAssemblyNamingTheProblem() {
        assertThatThrownBy(() -> Database.connect("nonsense"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed R2DBC URL 'nonsense'")
                .hasMessageContaining("does not start with the r2dbc scheme");
        assertThatThrownBy(() -> Database.connect("r2dbc:postgresql://"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed R2DBC URL");
        assertThatThrownBy(() -> Database.connect("r2dbc:mysql://localhost/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("r2dbc:mysql://localhost/x")
                .hasMessageContaining("no driver");
        assertThatThrownBy(() -> Database.connect("r2dbc:h2:tcp://localhost/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("protocol option tcp is unsupported");
    }

    @Test
    void messagesNeverShowThePassword() {
        assertThatThrownBy(() -> Database.connect("r2dbc:mysql://app:s3cret@localhost/x?password=s3cret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("r2dbc:mysql://app:***@localhost/x?password=***")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> Database.connect("r2dbc:postgresql:/app:s3cret@x"))
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void invalidPoolOptionsFailAtBuild() {
        assertThatThrownBy(() -> DatabaseOptions.builder("r2dbc:h2:mem:///x").maxSize(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSize");
        assertThatThrownBy(() -> DatabaseOptions.builder("r2dbc:h2:mem:///x").maxSize(2).initialSize(3).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialSize");
    }

    @Test
    void unreachableServerFailsWithConnectionExceptionAtSubscription() {
        Mono<Database> connect = Database.connect(DatabaseOptions.builder(
                "r2dbc:postgresql://postgres:pw@127.0.0.1:1/test").acquireTimeout(Duration.ofSeconds(5)).build());
        connect.as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ConnectionException.class)
                        .hasMessageContaining("cannot connect to 'r2dbc:postgresql://postgres:***@127.0.0.1:1/test'")
                        .hasMessageNotContaining(":pw@"));
    }

    @Test
    void h2FileUrlNeedsAnExplicitPath() {
        Database.connect("r2dbc:h2:file:///relative/db")
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ConnectionException.class)
                        .hasMessageContaining("implicitly relative"));
    }

    @Test
    void h2FileDatabaseKeepsItsDataAcrossConnections() throws IOException {
        Path dir = Files.createTempDirectory("tide-h2");
        String url = "r2dbc:h2:file:///" + dir.toAbsolutePath() + "/db";      // four slashes: absolute path
        try {
            Database first = Database.connect(url).block();
            first.execute(Statement.of("CREATE TABLE \"t\" (\"v\" INTEGER)"))
                    .then(first.execute(Statement.of("INSERT INTO \"t\" VALUES (42)")))
                    .then(first.close())
                    .as(StepVerifier::create).verifyComplete();

            Database second = Database.connect("r2dbc:pool:h2:file:///" + dir.toAbsolutePath() + "/db").block();
            second.query(Statement.of("SELECT \"v\" FROM \"t\""), row -> row.get(0, Long.class))
                    .as(StepVerifier::create).expectNext(42L).verifyComplete();
            second.close().block();
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void inMemoryH2WithoutCloseDelayLivesAsLongAsThePool() {
        String name = "mem_" + UUID.randomUUID().toString().replace("-", "");
        Database d = Database.connect(DatabaseOptions.builder("r2dbc:h2:mem:///" + name).minIdle(1).build()).block();
        d.execute(Statement.of("CREATE TABLE \"t\" (\"v\" INTEGER)")).block();
        d.query(Statement.of("SELECT COUNT(*) FROM \"t\""), row -> row.get(0, Long.class))
                .as(StepVerifier::create).expectNext(0L).verifyComplete();
        d.close().block();
    }
}
