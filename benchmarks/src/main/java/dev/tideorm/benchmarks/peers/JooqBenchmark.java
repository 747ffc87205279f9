package dev.tideorm.benchmarks.peers;

import io.r2dbc.pool.ConnectionPool;

/** The peer scenarios on {@link JooqPeer}. */
public class JooqBenchmark extends PeerBenchmark {
    @Override
    protected Peer open(ConnectionPool pool) {
        return new JooqPeer(pool);
    }
}
