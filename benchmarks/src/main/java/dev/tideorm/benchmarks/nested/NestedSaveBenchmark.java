package dev.tideorm.benchmarks.nested;

import dev.tideorm.examples.blog.entity.UserActiveModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Issue 8: saving {@code n} fresh seed trees (17 rows each) in one transaction, TideORM's
 * {@code UserActiveModel.saveAll} against hand-written R2DBC on the same pool (size 8): (a) one INSERT per row,
 * one {@code unnest} INSERT per table and level, one multi-row VALUES INSERT per table and level. Every invocation
 * builds its trees (ActiveModels for TideORM, plain data for raw) with fresh names, so emails and tags never
 * repeat; the tables are emptied before every iteration. Statement counts are printed once per trial.
 *
 * <p>{@code rawUnnest} on H2 runs H2's own form, {@code INSERT ... SELECT * FROM UNNEST(CAST($1 AS VARCHAR ARRAY),
 * ...)}. The operation blocks at the harness edge ({@code block()}), as a benchmark must.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NestedSaveBenchmark {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Param({"postgres", "h2"})
    public String backend;

    @Param({"1", "10", "100"})
    public int n;

    private BenchDb db;
    private RawNestedSave raw;
    private final AtomicLong batches = new AtomicLong();

    @Setup(Level.Trial)
    public void open() {
        db = BenchDb.open(BenchDb.Backend.of(backend), "bench_nested", 8);
        raw = new RawNestedSave(db.raw(), db.backend());
        System.out.println("\n# statements per batch on " + backend + ", BEGIN and COMMIT included: "
                + NestedSaveCounts.line(NestedSaveCounts.shapes(db, raw, n, "count"), n));
    }

    @Setup(Level.Iteration)
    public void empty() {
        db.truncate();
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    private String prefix() {
        return "b" + batches.incrementAndGet() + "_";
    }

    @Benchmark
    public List<UserActiveModel> tideSaveAll() {
        return UserActiveModel.saveAll(db.db(), Trees.activeModels(prefix(), n)).collectList().block(TIMEOUT);
    }

    @Benchmark
    public Integer rawPerRow() {
        return raw.perRow(Trees.data(prefix(), n)).block(TIMEOUT);
    }

    @Benchmark
    public Integer rawUnnest() {
        return raw.unnest(Trees.data(prefix(), n)).block(TIMEOUT);
    }

    @Benchmark
    public Integer rawMultiRowValues() {
        return raw.multiRowValues(Trees.data(prefix(), n)).block(TIMEOUT);
    }
}
