package dev.tideorm.r2dbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.Transaction;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The cancellation storm: {@value #DEFAULT_RUNS} subscriptions (100,000 with {@code TIDE_SOAK=1}, as a system
 * property or an environment variable; any count with {@code -Dtide.storm.runs=N}), eight at a time on a pool of
 * six, each cancelled after a random delay (0-2 ms for half of them, 0-10 ms for the rest): functional
 * transactions writing three rows, explicit {@code begin()...commit()} transactions writing two, autocommit inserts
 * whose acknowledgement is recorded, and streams cut by {@code take(n)} (alone and inside a transaction). The
 * cancel lands anywhere: while a connection is acquired, during BEGIN, a statement, a stream or COMMIT. Afterwards:
 * <ul>
 *   <li>no connection is still lent out (an explicit transaction abandoned between its statements is rolled back
 *       and returned when it is collected, hence the {@code System.gc()} while waiting);</li>
 *   <li>no session of the pool is {@code idle in transaction} (PostgreSQL: {@code pg_stat_activity}, found by
 *       the pool's unique {@code application_name});</li>
 *   <li>every transaction is all or nothing, and every acknowledged autocommit insert is stored;</li>
 *   <li>the pool still works at full size: all six connections can be held in transactions at once.</li>
 * </ul>
 * The figures (completed, cancelled by phase, elapsed, seed) go to standard output, for RELIABILITY.md.
 *
 * <p>Knobs (system properties): {@code tide.storm.seed} replays the choice of operations and delays (the timing
 * stays the machine's), {@code tide.storm.maxDelayMicros} sets the short band (default 2,000; the long band is
 * five times it), and {@code tide.storm.pglog=true} makes PostgreSQL log every statement of the storm's sessions
 * (in its server log, with the backend pid), which is how a session shared by two owners showed up: a second
 * BEGIN warning "there is already a transaction in progress".
 */
class CancellationStormIT {
    static final int DEFAULT_RUNS = 10_000;
    private static final int SOAK_RUNS = 100_000;
    private static final int POOL = 6;
    private static final int CONCURRENCY = 8;
    private static final long MAX_DELAY_NANOS = Long.getLong("tide.storm.maxDelayMicros", 2_000) * 1_000;

    /** What one subscription does; the stored {@code kind} column. */
    enum Op {
        /** {@code db.transaction(tx -> 3 inserts)}. */
        TX3("F", 3),
        /** {@code db.begin()}, 2 inserts, {@code tx.commit()}. */
        EXPLICIT2("E", 2),
        /** One autocommit insert; its acknowledgement is recorded. */
        AUTOCOMMIT("A", 1),
        /** A stream of rows cut by {@code take(n)}. */
        STREAM("-", 0),
        /** A transaction streaming rows cut by {@code take(n)}, then inserting one row. */
        TX_STREAM("S", 1);

        final String kind;
        final int rows;

        Op(String kind, int rows) {
            this.kind = kind;
            this.rows = rows;
        }

        static Op pick(SplittableRandom random) {
            int r = random.nextInt(100);
            return r < 30 ? TX3 : r < 55 ? EXPLICIT2 : r < 85 ? AUTOCOMMIT : r < 95 ? STREAM : TX_STREAM;
        }
    }

    /** Where an operation was when its subscriber went away. */
    enum Phase { ACQUIRE_OR_BEGIN, STATEMENT, STREAM, COMMIT, AFTER_WORK }

    private static final String INSERT = "INSERT INTO \"storm\" (\"grp\", \"kind\", \"n\") VALUES ($1, $2, $3)";

    static int runs() {
        String explicit = System.getProperty("tide.storm.runs");
        if (explicit != null) {
            return Integer.parseInt(explicit);
        }
        return soak() ? SOAK_RUNS : DEFAULT_RUNS;
    }

    static boolean soak() {
        return "1".equals(System.getProperty("TIDE_SOAK", System.getenv("TIDE_SOAK")));
    }

    private static Mono<Long> insert(DbConn conn, int group, Op op, int n) {
        return RawQuery.sql(INSERT, group, op.kind, n).exec(conn);
    }

    private static Flux<Integer> stream(DbConn conn, int take) {
        return RawQuery.sql("SELECT \"n\" FROM \"storm\" LIMIT 100").map(r -> r.get(0, Integer.class)).stream(conn)
                .take(take);
    }

    /** Tallies of one storm. */
    static final class Tally {
        final AtomicLong completed = new AtomicLong();
        final AtomicLong cancelled = new AtomicLong();
        final Map<Phase, AtomicLong> cancelledAt = new EnumMap<>(Phase.class);
        final Map<Op, AtomicLong> started = new EnumMap<>(Op.class);
        final List<Throwable> failures = new ArrayList<>();
        final Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        final Map<Integer, Op> ops = new ConcurrentHashMap<>();

        Tally() {
            for (Phase p : Phase.values()) {
                cancelledAt.put(p, new AtomicLong());
            }
            for (Op o : Op.values()) {
                started.put(o, new AtomicLong());
            }
        }
    }

    @DbTest
    void aStormOfRandomCancellationsLeavesEveryTransactionWholeAndThePoolClean(TestDb db) {
        db.exec("DROP TABLE IF EXISTS \"storm\"",
                "CREATE TABLE \"storm\" (\"id\" " + (db.kind() == TestDb.Kind.POSTGRES ? "SERIAL"
                        : "INTEGER GENERATED BY DEFAULT AS IDENTITY") + " PRIMARY KEY, \"grp\" INTEGER NOT NULL, "
                        + "\"kind\" CHAR(1) NOT NULL, \"n\" INTEGER NOT NULL)");
        String app = "tide-storm-" + UUID.randomUUID();
        Database d = db.connect(o -> {
            o.maxSize(POOL).initialSize(POOL).acquireTimeout(Duration.ofSeconds(30));
            if (db.kind() == TestDb.Kind.POSTGRES) {
                o.option("applicationName", app);
                if (Boolean.getBoolean("tide.storm.pglog")) {
                    o.option("options", Map.of("log_statement", "all"));
                }
            }
        });
        int runs = runs();
        Tally tally = new Tally();
        long seed = Long.getLong("tide.storm.seed", System.nanoTime());
        SplittableRandom seeds = new SplittableRandom(seed);
        long[] opSeeds = new long[runs];
        for (int i = 0; i < runs; i++) {
            opSeeds[i] = seeds.nextLong();
        }

        long start = System.nanoTime();
        Flux.range(0, runs)
                .flatMap(i -> one(d, i, new SplittableRandom(opSeeds[i]), tally), CONCURRENCY)
                .blockLast(Duration.ofMinutes(soak() ? 30 : 5));
        long stormMillis = (System.nanoTime() - start) / 1_000_000;

        long drainStart = System.nanoTime();
        awaitNoneAcquired(d);
        long drainMillis = (System.nanoTime() - drainStart) / 1_000_000;

        // What is stored, by group.
        Map<Integer, Integer> stored = new HashMap<>();
        Map<Integer, Set<Integer>> ns = new HashMap<>();
        for (Map<String, Object> r : db.rows("SELECT \"grp\", \"n\" FROM \"storm\"")) {
            int g = ((Number) r.get("grp")).intValue();
            stored.merge(g, 1, Integer::sum);
            ns.computeIfAbsent(g, k -> new HashSet<>()).add(((Number) r.get("n")).intValue());
        }
        long idleInTx = idleInTransaction(db, app);
        Map<Op, long[]> outcome = new EnumMap<>(Op.class);   // op -> {stored whole, absent}
        List<String> broken = new ArrayList<>();
        for (Map.Entry<Integer, Op> e : tally.ops.entrySet()) {
            Op op = e.getValue();
            int rows = stored.getOrDefault(e.getKey(), 0);
            long[] o = outcome.computeIfAbsent(op, k -> new long[2]);
            if (op.rows == 0) {
                continue;
            }
            if (rows == 0) {
                o[1]++;
            } else if (rows == op.rows && ns.get(e.getKey()).size() == op.rows) {
                o[0]++;
            } else {
                broken.add("group " + e.getKey() + " (" + op + "): " + rows + " of " + op.rows + " rows, n in "
                        + ns.get(e.getKey()));
            }
        }
        List<Integer> lost = tally.acknowledged.stream().filter(g -> !stored.containsKey(g)).sorted().toList();

        print(db, runs, seed, tally, outcome, stormMillis, drainMillis, idleInTx);

        assertThat(tally.failures).as("errors other than the cancellations").isEmpty();
        assertThat(tally.completed.get() + tally.cancelled.get()).isEqualTo(runs);
        assertThat(d.poolStats().acquired()).as("connections still lent out after the storm").isZero();
        assertThat(idleInTx).as("sessions left idle in transaction").isZero();
        assertThat(broken).as("half-written transactions").isEmpty();
        assertThat(lost).as("acknowledged autocommit inserts not stored").isEmpty();
        assertThat(tally.cancelled.get()).as("the storm cancelled something").isPositive();
        assertThat(tally.completed.get()).as("the storm let something finish").isPositive();
        assertFullSize(db, d);
    }

    /** One subscription: an operation picked at random, cancelled after a random 0-2 ms. */
    private static Mono<Void> one(Database d, int i, SplittableRandom random, Tally tally) {
        Op op = Op.pick(random);
        // Half the subscriptions are cut within 0-2 ms, the other half within 0-10 ms: on a busy machine a
        // transaction takes a few milliseconds, and the longer band lets some reach (and be cut in) COMMIT.
        long delay = 1 + random.nextLong(random.nextBoolean() ? MAX_DELAY_NANOS : 5 * MAX_DELAY_NANOS);
        int take = 1 + random.nextInt(5);
        tally.ops.put(i, op);
        tally.started.get(op).incrementAndGet();
        AtomicInteger phase = new AtomicInteger(Phase.ACQUIRE_OR_BEGIN.ordinal());
        Supplier<Mono<?>> work = switch (op) {
            case TX3 -> () -> d.transaction(tx -> Mono.fromRunnable(() -> phase.set(Phase.STATEMENT.ordinal()))
                    .then(insert(tx, i, op, 1)).then(insert(tx, i, op, 2)).then(insert(tx, i, op, 3))
                    .doOnSuccess(x -> phase.set(Phase.COMMIT.ordinal()))).then();
            case EXPLICIT2 -> () -> d.begin()
                    .flatMap(tx -> Mono.fromRunnable(() -> phase.set(Phase.STATEMENT.ordinal()))
                            .then(insert(tx, i, op, 1)).then(insert(tx, i, op, 2))
                            .then(Mono.defer(() -> {
                                phase.set(Phase.COMMIT.ordinal());
                                return tx.commit();
                            })));
            case AUTOCOMMIT -> () -> Mono.fromRunnable(() -> phase.set(Phase.STATEMENT.ordinal()))
                    .then(insert(d, i, op, 1))
                    .doOnNext(n -> {
                        tally.acknowledged.add(i);
                        phase.set(Phase.AFTER_WORK.ordinal());
                    });
            case STREAM -> () -> Mono.fromRunnable(() -> phase.set(Phase.STREAM.ordinal()))
                    .thenMany(stream(d, take)).then();
            case TX_STREAM -> () -> d.transaction(tx -> Mono.fromRunnable(() -> phase.set(Phase.STREAM.ordinal()))
                    .thenMany(stream(tx, take))
                    .then(Mono.defer(() -> {
                        phase.set(Phase.STATEMENT.ordinal());
                        return insert(tx, i, op, 1);
                    }))
                    .doOnSuccess(x -> phase.set(Phase.COMMIT.ordinal()))).then();
        };
        return Mono.defer(work)
                .then()
                .timeout(Duration.ofNanos(delay))
                .doOnSuccess(x -> tally.completed.incrementAndGet())
                .onErrorResume(e -> {
                    if (e instanceof TimeoutException) {
                        tally.cancelled.incrementAndGet();
                        tally.cancelledAt.get(Phase.values()[phase.get()]).incrementAndGet();
                    } else {
                        synchronized (tally.failures) {
                            tally.failures.add(e);
                        }
                        tally.completed.incrementAndGet();
                    }
                    return Mono.empty();
                });
    }

    /** Waits (up to 30 s, collecting garbage: abandoned explicit transactions) until no connection is lent out. */
    private static void awaitNoneAcquired(Database d) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (d.poolStats().acquired() > 0 && System.nanoTime() < deadline) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long idleInTransaction(TestDb db, String app) {
        if (db.kind() != TestDb.Kind.POSTGRES) {
            return 0;
        }
        return ((Number) db.rows("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE application_name = '" + app
                + "' AND state LIKE 'idle in transaction%'").get(0).get("n")).longValue();
    }

    /** All {@link #POOL} connections can be held at once, each in a transaction that writes and commits. */
    private static void assertFullSize(TestDb db, Database d) {
        long before = db.countRows("storm");
        List<Transaction> txs = Flux.range(0, POOL).flatMap(i -> d.begin(), POOL).collectList()
                .block(Duration.ofSeconds(30));
        assertThat(txs).hasSize(POOL);
        assertThat(d.poolStats().acquired()).isEqualTo(POOL);
        Flux.range(0, POOL)
                .flatMap(i -> insert(txs.get(i), -1 - i, Op.AUTOCOMMIT, 1).then(txs.get(i).commit()), POOL)
                .blockLast(Duration.ofSeconds(30));
        assertThat(db.countRows("storm") - before).isEqualTo(POOL);
        awaitNoneAcquired(d);
        assertThat(d.poolStats().acquired()).isZero();
    }

    private static void print(TestDb db, int runs, long seed, Tally t, Map<Op, long[]> outcome, long stormMillis,
                              long drainMillis, long idleInTx) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "CANCELLATION STORM [%s]: %,d subscriptions (%s), concurrency %d, pool %d,"
                        + " cancel after 0-%.1f ms (half) or 0-%.1f ms (half), seed %d (-Dtide.storm.seed)%n",
                db.name(), runs, soak() ? "soak" : "normal", CONCURRENCY, POOL, MAX_DELAY_NANOS / 1e6,
                5 * MAX_DELAY_NANOS / 1e6, seed));
        s.append(String.format(Locale.ROOT, "  elapsed %,d ms (%,.0f subscriptions/s); connections back %,d ms later%n",
                stormMillis, runs * 1000.0 / Math.max(1, stormMillis), drainMillis));
        s.append(String.format(Locale.ROOT, "  completed %,d, cancelled %,d, other errors %d%n", t.completed.get(),
                t.cancelled.get(), t.failures.size()));
        s.append("  cancelled while:");
        t.cancelledAt.forEach((p, n) -> s.append(' ').append(p.name().toLowerCase(Locale.ROOT)).append('=')
                .append(String.format(Locale.ROOT, "%,d", n.get())));
        s.append(System.lineSeparator());
        for (Op op : Op.values()) {
            long[] o = outcome.getOrDefault(op, new long[2]);
            s.append(String.format(Locale.ROOT, "  %-10s %,6d started", op, t.started.get(op).get()));
            if (op.rows > 0) {
                s.append(String.format(Locale.ROOT, ", %,d stored whole, %,d absent", o[0], o[1]));
            }
            if (op == Op.AUTOCOMMIT) {
                s.append(String.format(Locale.ROOT, ", %,d acknowledged (all stored)", t.acknowledged.size()));
            }
            s.append(System.lineSeparator());
        }
        s.append(String.format(Locale.ROOT, "  idle in transaction afterwards: %d", idleInTx));
        System.out.println(s);
        if (!t.failures.isEmpty()) {
            t.failures.stream().limit(5).forEach(Throwable::printStackTrace);
        }
    }
}
