package dev.tideorm.benchmarks.nested;

import static org.junit.jupiter.api.Assertions.fail;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Like {@code dev.tideorm.test.TestDb}: a PostgreSQL test is skipped when {@link BenchDb#postgresUrl()} does not
 * answer {@code SELECT 1}, and fails instead when {@code TIDE_REQUIRE_PG=1}.
 */
public final class PostgresCheck {
    private static volatile String problem;
    private static volatile boolean probed;

    private PostgresCheck() {
    }

    /** Returns when PostgreSQL answers; otherwise skips (or fails, with {@code TIDE_REQUIRE_PG=1}) the test. */
    public static void requirePostgres() {
        if (!probed) {
            problem = probe();
            probed = true;
        }
        if (problem != null) {
            String message = "PostgreSQL not available at " + BenchDb.postgresUrl() + ": " + problem;
            if ("1".equals(System.getenv("TIDE_REQUIRE_PG"))) {
                fail(message + " (TIDE_REQUIRE_PG=1)");
            }
            System.err.println("!!! " + message + "; PostgreSQL checks SKIPPED");
            Assumptions.abort(message);
        }
    }

    private static String probe() {
        try {
            Mono.usingWhen(Mono.from(ConnectionFactories.get(BenchDb.postgresUrl()).create()),
                    c -> Flux.from(c.createStatement("SELECT 1").execute()).concatMap(r -> r.getRowsUpdated()).then(),
                    Connection::close).block(Duration.ofSeconds(5));
            return null;
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }
}
