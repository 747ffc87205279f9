package dev.tideorm.benchmarks.hr;

import dev.tideorm.benchmarks.hr.entity.Profile;
import dev.tideorm.benchmarks.hr.entity.User;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hibernate.reactive.mutiny.Mutiny;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Hibernate Reactive column of the peer benchmarks (issue 10), in its own JVM: Hibernate Reactive 3.3.5 on
 * the Vert.x PostgreSQL client 4.5.26 (Netty 4.1), pool of 32, batch size 50, schema {@code bench_hr}.
 * Method names are the scenario ids of the shared contract; each blocks on its {@code Uni} at this edge only.
 *
 * <p>Each trial (one per fork and method) recreates and seeds the schema: 100,000 users, the first 1,000 of them
 * with a profile, 3 posts and 2 tags per post. Connection: system properties of {@link PgTarget}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HibernateReactiveBenchmark {
    /** The schema of this JVM's data. */
    public static final String SCHEMA = "bench_hr";
    /** Seeded users for find and stream. */
    public static final int USERS = 100_000;
    /** Seeded users with a full graph, the pool loadGraph100 draws from. */
    public static final int GRAPH_USERS = 1_000;

    private Mutiny.SessionFactory factory;
    private HrScenarios scenarios;
    private final SplittableRandom random = new SplittableRandom(42);

    /** Recreates and seeds the schema, then opens the session factory. */
    @Setup(Level.Trial)
    public void setUp() {
        PgTarget target = PgTarget.fromSystemProperties();
        new HrSchema(SCHEMA, USERS, GRAPH_USERS).recreate(target).toCompletableFuture().join();
        factory = HrSessionFactory.open(target, SCHEMA);
        scenarios = new HrScenarios(factory);
    }

    /** Closes the session factory and its Vert.x pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (factory != null) {
            factory.close();
        }
    }

    /** One user by primary key, concurrency 1. */
    @Benchmark
    public User findById() {
        return scenarios.findById(randomUserId()).await().indefinitely();
    }

    /** 32 concurrent finds by random ids; one op = all 32 done. */
    @Benchmark
    public List<User> findById32() {
        int[] ids = new int[32];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = randomUserId();
        }
        return scenarios.findAll(ids).await().indefinitely();
    }

    /** One user row, generated id returned. */
    @Benchmark
    public Integer insertOne() {
        return scenarios.insertOne().await().indefinitely();
    }

    /** 1,000 user rows in one transaction, persistAll flushed in batches of 50. */
    @Benchmark
    public List<Integer> insert1000() {
        return scenarios.insertMany(1_000).await().indefinitely();
    }

    /** 100,000 users read into objects (a list: Hibernate Reactive has no streaming). */
    @Benchmark
    public List<User> stream100k() {
        return scenarios.readAll(USERS).await().indefinitely();
    }

    /** 100 seed trees of 17 rows each in one transaction. */
    @Benchmark
    public List<User> nestedSave100() {
        return scenarios.nestedSave(100).await().indefinitely();
    }

    /** 100 random graph users with profile, posts and each post's tags, one join-fetch query. */
    @Benchmark
    public List<Profile> loadGraph100() {
        return scenarios.loadGraph(randomGraphUsers(100)).await().indefinitely();
    }

    private int randomUserId() {
        return 1 + random.nextInt(USERS);
    }

    private List<Integer> randomGraphUsers(int count) {
        return distinctIds(random, GRAPH_USERS, count);
    }

    /** {@code count} distinct ids drawn from 1..{@code bound}. */
    static List<Integer> distinctIds(SplittableRandom random, int bound, int count) {
        List<Integer> ids = new ArrayList<>(count);
        boolean[] taken = new boolean[bound + 1];
        while (ids.size() < count) {
            int id = 1 + random.nextInt(bound);
            if (!taken[id]) {
                taken[id] = true;
                ids.add(id);
            }
        }
        return ids;
    }
}
