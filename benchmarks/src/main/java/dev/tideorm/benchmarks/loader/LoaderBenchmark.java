package dev.tideorm.benchmarks.loader;

import dev.tideorm.examples.blog.entity.User;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 9: loading {@code m} random users with profile, posts and tags on PostgreSQL, TideORM's smart loader
 * against hand-written R2DBC on the same pool (size 8): (g) the same 3 batched {@code = ANY($1)} queries, and the
 * N+1 loop ({@code 1 + 5 m} queries). 2,000 seed trees (user, profile, 3 posts x 2 tags) are written once per
 * trial on the schema {@code bench_loader}; each invocation draws {@code m} distinct ids at random. Query counts
 * are printed once per trial. The operation blocks at the harness edge ({@code block()}), as a benchmark must.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoaderBenchmark {
    /** Seeded users. */
    public static final int USERS = 2_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Param({"1", "100", "1000"})
    public int m;

    private LoaderFixture fixture;
    private final Random random = new Random(42);

    @Setup(Level.Trial)
    public void seed() {
        fixture = LoaderFixture.seed("bench_loader", USERS);
        System.out.println("\n# queries per load on postgres: "
                + LoaderFixture.line(fixture.shapes(fixture.randomIds(m, random)), m));
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.db().close();
    }

    @Benchmark
    public List<User> tide() {
        return fixture.tide(fixture.randomIds(m, random)).block(TIMEOUT);
    }

    @Benchmark
    public List<User> rawBatched() {
        return fixture.raw().batched(fixture.randomIds(m, random)).block(TIMEOUT);
    }

    @Benchmark
    public List<User> rawNPlusOne() {
        return fixture.raw().nPlusOne(fixture.randomIds(m, random)).block(TIMEOUT);
    }
}
