package dev.tideorm.benchmarks.peers;

import io.r2dbc.pool.ConnectionPool;

/** The peer scenarios on {@link SpringDataPeer}. */
public class SpringDataBenchmark extends PeerBenchmark {
    @Override
    protected Peer open(ConnectionPool pool) {
        return new SpringDataPeer(pool);
    }
}
