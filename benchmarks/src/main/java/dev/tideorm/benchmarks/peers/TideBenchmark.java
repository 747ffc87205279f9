package dev.tideorm.benchmarks.peers;

import io.r2dbc.pool.ConnectionPool;

/** The peer scenarios on {@link TidePeer}. */
public class TideBenchmark extends PeerBenchmark {
    @Override
    protected Peer open(ConnectionPool pool) {
        return new TidePeer(pool);
    }
}
