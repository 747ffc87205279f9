package dev.tideorm.r2dbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tideorm.core.query.RawQuery;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import dev.tideorm.test.TideBlockHound;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Proof that the {@code blockhound} execution really watches the threads TideORM's work runs on: a blocking call
 * on Reactor's parallel scheduler and one inside a row mapper (which runs on r2dbc-postgresql's Netty event loop)
 * are both caught. Skipped in the ordinary run, where BlockHound is not installed.
 */
class BlockHoundCanaryIT {

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @DbTest
    void blockingCallsOnNonBlockingThreadsAreCaught(TestDb db) {
        assumeTrue(TideBlockHound.installed(), "BlockHound runs in the surefire execution 'blockhound' only");
        assumeTrue(db.kind() == TestDb.Kind.POSTGRES, "H2 runs on the caller's thread");

        int onParallel = TideBlockHound.canary(() -> catchThrowable(() -> Mono.fromRunnable(BlockHoundCanaryIT::sleep)
                .subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(10))));
        int onEventLoop = TideBlockHound.canary(() -> catchThrowable(() -> RawQuery.sql("SELECT 1")
                .map(r -> {
                    sleep();
                    return Thread.currentThread().getName();
                })
                .one(db.db()).block(Duration.ofSeconds(10))));

        assertThat(onParallel).as("caught on Reactor's parallel scheduler").isPositive();
        assertThat(onEventLoop).as("caught on the driver's event loop").isPositive();
        // The connection whose mapper failed is still usable.
        assertThat(RawQuery.sql("SELECT 2").map(r -> r.get(0, Integer.class)).one(db.db())
                .block(Duration.ofSeconds(10))).isEqualTo(2);
    }
}
