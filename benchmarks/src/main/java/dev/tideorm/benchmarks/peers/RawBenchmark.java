package dev.tideorm.benchmarks.peers;

import io.r2dbc.pool.ConnectionPool;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** The peer scenarios on hand-written R2DBC ({@link RawPeer}): the baseline, plus the naive N+1 graph load. */
public class RawBenchmark extends PeerBenchmark {
    @Override
    protected Peer open(ConnectionPool pool) {
        return new RawPeer(pool);
    }

    /** The graph of 100 random users loaded one query per user, profile, posts and post (6 per user). */
    @Benchmark
    public List<?> loadGraph100NPlusOne() {
        return await(((RawPeer) peer()).loadGraphNPlusOne(data.randomGraphUsers()).collectList());
    }
}
