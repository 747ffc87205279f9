package dev.tideorm.benchmarks.single;

import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.examples.blog.entity.User;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import dev.tideorm.examples.blog.entity.User_;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DatabaseOptions;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Row;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * TideORM's own CPU time and allocation per operation, against hand-written R2DBC, both over the
 * {@link InstantDriver} behind an r2dbc-pool {@code ConnectionPool}: with no I/O everything runs on the calling
 * thread, so the thread's CPU time and allocated bytes are exact and repeat from run to run, where
 * {@link SingleRowPaired} (the real measure, on PostgreSQL) moves by a few percent. Use it to see what a change to
 * the statement path costs; the time a user sees is {@code SingleRowPaired}'s.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.tideorm.benchmarks.single.OverheadLoop
 * [scenario,...]} with scenarios {@code find,insert,stream} (stream: 100,000 rows); {@code -Dseconds} per side
 * (default 5, after as long again of warm-up), alternating raw and TideORM {@code -Drounds} times (default 2).
 */
public final class OverheadLoop {
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private OverheadLoop() {
    }

    public static void main(String[] args) {
        List<String> scenarios = List.of((args.length > 0 ? args[0] : "find,insert,stream").split(","));
        long seconds = Long.getLong("seconds", 5);
        int rounds = Integer.getInteger("rounds", 2);
        StringBuilder table = new StringBuilder("| Scenario | raw R2DBC CPU / op | TideORM CPU / op | raw bytes / op"
                + " | TideORM bytes / op |\n|---|---:|---:|---:|---:|\n");
        for (String scenario : scenarios) {
            ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(
                    new InstantDriver(scenario.equals("stream") ? 100_000 : 1)).initialSize(4).maxSize(4).build());
            Database db = Database.wrap(pool, DatabaseOptions.builder().build());
            Supplier<Mono<?>> raw = raw(scenario, pool);
            Supplier<Mono<?>> tide = tide(scenario, db);
            measure(raw, seconds);      // warm-up
            measure(tide, seconds);
            List<double[]> r = new ArrayList<>();
            List<double[]> t = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                r.add(measure(raw, seconds));
                t.add(measure(tide, seconds));
            }
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f | %.0f |%n", scenario, time(min(r, 0)),
                    time(min(t, 0)), min(r, 1), min(t, 1)));
            pool.dispose();
        }
        System.out.println(table);
        System.out.println("CPU: the lowest of " + rounds + " rounds of " + seconds + " s (the least disturbed); "
                + "bytes: allocated by the calling thread. Java " + System.getProperty("java.version"));
        System.exit(0);
    }

    private static Supplier<Mono<?>> raw(String scenario, ConnectionFactory pool) {
        return switch (scenario) {
            case "find" -> () -> one(pool, "SELECT");
            case "insert" -> () -> one(pool, "INSERT");
            case "stream" -> () -> Flux.usingWhen(pool.create(),
                    c -> Flux.from(c.createStatement("SELECT").execute()).concatMap(res -> res.map((row, md) -> user(row))),
                    Connection::close).count();
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
    }

    private static Supplier<Mono<?>> tide(String scenario, Database db) {
        return switch (scenario) {
            case "find" -> () -> User_.findById(7).one(db);
            case "insert" -> () -> UserActiveModel.builder().setName("tide").setEmail("tide@b.ench").insert(db);
            case "stream" -> () -> User_.find().stream(db).count();
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
    }

    /** What a lookup or an insert by hand does: one statement, one row mapped. */
    private static Mono<User> one(ConnectionFactory pool, String sql) {
        return Mono.usingWhen(pool.create(),
                c -> Flux.from(c.createStatement(sql).bind(0, 7).execute())
                        .concatMap(res -> res.map((row, md) -> user(row))).singleOrEmpty(),
                Connection::close);
    }

    private static User user(Row row) {
        return new User(row.get(0, Integer.class), row.get(1, String.class), row.get(2, String.class),
                HasOne.unloaded(), HasMany.unloaded(), HasMany.unloaded(), HasMany.unloaded());
    }

    /** {nanoseconds of CPU, bytes allocated} per operation of the calling thread, over {@code seconds}. */
    private static double[] measure(Supplier<Mono<?>> op, long seconds) {
        long id = Thread.currentThread().getId();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long cpu = THREADS.getCurrentThreadCpuTime();
        long bytes = ((com.sun.management.ThreadMXBean) THREADS).getThreadAllocatedBytes(id);
        long n = 0;
        while (System.nanoTime() < end) {
            op.get().block();
            n++;
        }
        return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / (double) n,
                (((com.sun.management.ThreadMXBean) THREADS).getThreadAllocatedBytes(id) - bytes) / (double) n};
    }

    private static double min(List<double[]> runs, int field) {
        return runs.stream().mapToDouble(r -> r[field]).min().orElseThrow();
    }

    private static String time(double nanos) {
        return nanos >= 1_000_000 ? String.format(Locale.ROOT, "%.2f ms", nanos / 1e6)
                : String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
    }
}
