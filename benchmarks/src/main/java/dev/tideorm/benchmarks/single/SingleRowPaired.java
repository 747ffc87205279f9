package dev.tideorm.benchmarks.single;

import dev.tideorm.examples.blog.entity.User;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import dev.tideorm.examples.blog.entity.User_;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DatabaseOptions;
import dev.tideorm.schema.SchemaSync;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * TideORM against hand-written R2DBC on the same {@link ConnectionPool}, interleaved in one JVM on PostgreSQL:
 * find by id at concurrency 1 and 32, insert one, and stream 100,000 rows. In each round both sides run one
 * slice ({@code -Dslice.ms}, default 300 ms, order alternating); the ratio TideORM / raw is taken inside each
 * round and the median over rounds is reported, with a 95% bootstrap interval of that median and the median time
 * per operation of each side. Interleaving
 * makes the ratio robust to load changes on a shared machine, which sequential JMH runs are not.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.tideorm.benchmarks.single.SingleRowPaired
 * [scenario,...]} with scenarios {@code findById1,findById32,insertOne,stream100k} (the default: all);
 * {@code -Dwarmup.s} (default 15) and {@code -Dmeasure.s} (default 20) per scenario; {@code -Durl} for
 * another PostgreSQL (default {@code r2dbc:postgresql://postgres@127.0.0.1:5432/test}).
 */
public final class SingleRowPaired {
    static final String SCHEMA = "bench_single";
    static final int USERS = 100_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static final String FIND = "SELECT \"user\".\"id\", \"user\".\"name\", \"user\".\"email\" FROM \"user\""
            + " WHERE \"user\".\"id\" = $1";
    private static final String STREAM = "SELECT \"user\".\"id\", \"user\".\"name\", \"user\".\"email\" FROM \"user\"";
    private static final String INSERT = "INSERT INTO \"user\" (\"name\", \"email\") VALUES ($1, $2) RETURNING"
            + " \"id\", \"name\", \"email\"";

    private final ConnectionPool pool;
    private final Database db;
    private final AtomicLong emails = new AtomicLong();

    private SingleRowPaired(ConnectionPool pool, Database db) {
        this.pool = pool;
        this.db = db;
    }

    public static void main(String[] args) {
        String url = System.getProperty("url", "r2dbc:postgresql://postgres@127.0.0.1:5432/test");
        List<String> scenarios = List.of((args.length > 0 ? args[0]
                : "findById1,findById32,insertOne,stream100k").split(","));
        long warmup = Long.getLong("warmup.s", 15) * 1_000_000_000L;
        long measure = Long.getLong("measure.s", 20) * 1_000_000_000L;
        long slice = Long.getLong("slice.ms", 300) * 1_000_000L;
        prepareSchema(url);
        ConnectionFactory factory = ConnectionFactories.get(url + "?schema=" + SCHEMA);
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
                .initialSize(32).maxSize(32).build());
        Database db = Database.wrap(pool, DatabaseOptions.builder().build());
        SingleRowPaired bench = new SingleRowPaired(pool, db);
        try {
            bench.seed();
            StringBuilder table = new StringBuilder("| Scenario | raw R2DBC | TideORM | TideORM / raw (median of rounds)"
                    + " | 95% interval | client CPU per op, raw / TideORM | rounds |\n|---|---:|---:|---:|---:|---:|---:|\n");
            for (String s : scenarios) {
                if (s.equals("stream100k")) {
                    bench.trim();       // the rows insertOne added: the stream reads the 100,000 seeded ones
                }
                Map<String, Supplier<Mono<?>>> sides = bench.sides(s);
                table.append(run(s, sides, warmup, measure, slice));
            }
            System.out.println();
            System.out.println(table);
            System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version"));
        } finally {
            pool.dispose();
        }
        System.exit(0);
    }

    private Map<String, Supplier<Mono<?>>> sides(String scenario) {
        Map<String, Supplier<Mono<?>>> m = new LinkedHashMap<>();
        switch (scenario) {
            case "findById1" -> {
                m.put("raw", () -> rawFind(randomId()));
                m.put("tide", () -> User_.findById(randomId()).one(db));
            }
            case "findById32" -> {
                m.put("raw", () -> Flux.range(0, 32).flatMap(i -> rawFind(randomId()), 32).then());
                m.put("tide", () -> Flux.range(0, 32).flatMap(i -> User_.findById(randomId()).one(db), 32).then());
            }
            case "insertOne" -> {
                m.put("raw", () -> rawInsert("raw", "raw" + emails.incrementAndGet() + "@b.ench"));
                m.put("tide", () -> UserActiveModel.builder().setName("tide")
                        .setEmail("tide" + emails.incrementAndGet() + "@b.ench").insert(db));
            }
            case "stream100k" -> {
                m.put("raw", () -> rawStream().count());
                m.put("tide", () -> User_.find().stream(db).count());
            }
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        return m;
    }

    private static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, USERS + 1);
    }

    private static User user(Row row) {
        return new User(row.get(0, Integer.class), row.get(1, String.class), row.get(2, String.class),
                HasOne.unloaded(), HasMany.unloaded(), HasMany.unloaded(), HasMany.unloaded());
    }

    /** What {@code findById(id).one(db)} does, by hand: the same SQL, LIMIT 1 bound. */
    private Mono<User> rawFind(int id) {
        return Mono.usingWhen(pool.create(),
                c -> Flux.from(c.createStatement(FIND).bind(0, id).execute())
                        .concatMap(r -> r.map((row, md) -> user(row))).singleOrEmpty(),
                Connection::close);
    }

    private Mono<User> rawInsert(String name, String email) {
        return Mono.usingWhen(pool.create(),
                c -> Flux.from(c.createStatement(INSERT).bind(0, name).bind(1, email).execute())
                        .concatMap(r -> r.map((row, md) -> user(row))).single(),
                Connection::close);
    }

    private Flux<User> rawStream() {
        return Flux.usingWhen(pool.create(),
                c -> Flux.from(c.createStatement(STREAM).execute()).concatMap(r -> r.map((row, md) -> user(row))),
                Connection::close);
    }

    private static void prepareSchema(String url) {
        Mono.usingWhen(Mono.from(ConnectionFactories.get(url).create()),
                c -> Flux.from(c.createStatement("DROP SCHEMA IF EXISTS \"" + SCHEMA + "\" CASCADE").execute())
                        .flatMap(r -> r.getRowsUpdated()).then(Flux.from(c.createStatement("CREATE SCHEMA \""
                                + SCHEMA + "\"").execute()).flatMap(r -> r.getRowsUpdated()).then()),
                Connection::close).block(TIMEOUT);
    }

    private void seed() {
        SchemaSync.builder(db).register(User_.ENTITY).sync().block(TIMEOUT);
        Mono.usingWhen(pool.create(),
                c -> Flux.from(c.createStatement("INSERT INTO \"user\" (\"name\", \"email\") SELECT 'user ' || i,"
                        + " 'user' || i || '@seed.example' FROM generate_series(1, " + USERS + ") AS i").execute())
                        .flatMap(r -> r.getRowsUpdated()).then(),
                Connection::close).block(TIMEOUT);
        if (rawStream().count().block(TIMEOUT) != USERS || User_.find().stream(db).count().block(TIMEOUT) != USERS) {
            throw new IllegalStateException("seeding failed");
        }
    }

    /** Deletes the rows beyond the seeded ones. */
    private void trim() {
        Mono.usingWhen(pool.create(),
                c -> Flux.from(c.createStatement("DELETE FROM \"user\" WHERE \"id\" > " + USERS).execute())
                        .flatMap(r -> r.getRowsUpdated()).then(),
                Connection::close).block(TIMEOUT);
    }

    private static String run(String scenario, Map<String, Supplier<Mono<?>>> sides, long warmup, long measure,
                              long slice) {
        List<String> names = new ArrayList<>(sides.keySet());
        long end = System.nanoTime() + warmup;
        for (int round = 0; System.nanoTime() < end; round++) {
            for (int k = 0; k < names.size(); k++) {
                slice(sides.get(names.get((round + k) % names.size())), slice);
            }
        }
        List<Double> raw = new ArrayList<>();
        List<Double> tide = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> rawCpu = new ArrayList<>();
        List<Double> tideCpu = new ArrayList<>();
        end = System.nanoTime() + measure;
        for (int round = 0; System.nanoTime() < end; round++) {
            double[][] perOp = new double[names.size()][];
            for (int k = 0; k < names.size(); k++) {
                int i = (round + k) % names.size();
                perOp[i] = slice(sides.get(names.get(i)), slice);
            }
            raw.add(perOp[0][0]);
            tide.add(perOp[1][0]);
            ratios.add(perOp[1][0] / perOp[0][0]);
            rawCpu.add(perOp[0][1]);
            tideCpu.add(perOp[1][1]);
        }
        double[] interval = bootstrap(ratios);
        String row = String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f-%.3f | %s / %s | %d |%n", scenario,
                time(median(raw)), time(median(tide)), median(ratios), interval[0], interval[1], time(median(rawCpu)),
                time(median(tideCpu)), ratios.size());
        System.out.print(row);
        return row;
    }

    /**
     * Runs operations one after another for about {@code nanos}; returns the mean wall nanoseconds per operation
     * and the mean CPU nanoseconds of this process per operation (caller, driver event loop, GC and JIT).
     */
    private static double[] slice(Supplier<Mono<?>> op, long nanos) {
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + nanos;
        long n = 0;
        long now;
        do {
            op.get().block(TIMEOUT);
            n++;
            now = System.nanoTime();
        } while (now < end);
        return new double[] {(double) (now - start) / n, (double) (OS.getProcessCpuTime() - cpu) / n};
    }

    /**
     * A 95% bootstrap interval of the median ratio: the rounds resampled with replacement 2,000 times (fixed seed),
     * the 2.5th and 97.5th percentiles of the resampled medians.
     */
    private static double[] bootstrap(List<Double> ratios) {
        java.util.Random random = new java.util.Random(42);
        double[] medians = new double[2000];
        for (int b = 0; b < medians.length; b++) {
            List<Double> sample = new ArrayList<>(ratios.size());
            for (int i = 0; i < ratios.size(); i++) {
                sample.add(ratios.get(random.nextInt(ratios.size())));
            }
            medians[b] = median(sample);
        }
        Arrays.sort(medians);
        return new double[] {medians[(int) (medians.length * 0.025)], medians[(int) (medians.length * 0.975) - 1]};
    }

    private static double median(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static String time(double nanos) {
        return nanos >= 1_000_000 ? String.format(Locale.ROOT, "%.2f ms", nanos / 1e6)
                : String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }
}
