package dev.tideorm.benchmarks.peers;

import io.r2dbc.pool.ConnectionPool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The peer scenarios as JMH benchmarks; each subclass names one library and opens its {@link Peer} over a fresh
 * pool of 32 connections to the seeded schema {@code bench_peers} (seeded on first use, see {@link PeerData}).
 * The method names are the scenario ids of the peer-benchmark contract. Rows the scenarios write are deleted
 * after each iteration, outside the measurement. Operations block at this harness edge only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public abstract class PeerBenchmark {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** The data set; set up per trial. */
    protected PeerData data;
    private Peer peer;
    private String library;

    /** Opens this library's peer over {@code pool}. */
    protected abstract Peer open(ConnectionPool pool);

    /** Seeds the schema if needed and opens the peer. */
    @Setup(Level.Trial)
    public void setUp() {
        data = PeerData.benchmark();
        data.ensureSeeded();
        peer = open(data.pool());
        library = getClass().getSimpleName().replace("Benchmark", "").replaceAll("_.*", "").toLowerCase();
    }

    /** Deletes the rows this iteration wrote. */
    @TearDown(Level.Iteration)
    public void cleanUp() {
        data.cleanUp();
    }

    /** Closes the peer and its pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        peer.close();
    }

    /** One user by primary key, concurrency 1. */
    @Benchmark
    public Object findById() {
        return peer.findById(data.randomUser()).block(TIMEOUT);
    }

    /** 32 concurrent finds by random ids; one operation is all 32 done. */
    @Benchmark
    public List<?> findById32() {
        return peer.findByIds(data.randomUsers(PeerData.CONCURRENT)).collectList().block(TIMEOUT);
    }

    /** One user row, generated id returned. */
    @Benchmark
    public Integer insertOne() {
        return peer.insertOne(PeerData.newUser(library)).block(TIMEOUT);
    }

    /** 1,000 user rows in one transaction, generated ids returned. */
    @Benchmark
    public List<Integer> insert1000() {
        return peer.insertMany(PeerData.newUsers(library, 1_000)).collectList().block(TIMEOUT);
    }

    /** 100,000 user rows streamed into objects. */
    @Benchmark
    public Long stream100k() {
        return peer.stream(data.users()).count().block(TIMEOUT);
    }

    /** 100 seed trees (17 rows each) in one transaction. */
    @Benchmark
    public List<Integer> nestedSave100() {
        return peer.saveTrees(PeerData.newTrees(library, PeerData.BATCH)).collectList().block(TIMEOUT);
    }

    /** 100 random users with their profile, posts and each post's tags. */
    @Benchmark
    public List<?> loadGraph100() {
        return peer.loadGraph(data.randomGraphUsers()).collectList().block(TIMEOUT);
    }

    /** The peer, for subclasses with scenarios of their own. */
    protected Peer peer() {
        return peer;
    }

    /** Blocks for the end of {@code op} at the harness edge. */
    protected static <T> T await(reactor.core.publisher.Mono<T> op) {
        return op.block(TIMEOUT);
    }
}
