package dev.tideorm.r2dbc;

/**
 * A snapshot of a {@link Database}'s connection pool.
 *
 * @param acquired    connections currently lent out (running a statement, a stream or a transaction)
 * @param idle        connections waiting in the pool
 * @param allocated   connections open in all (acquired + idle)
 * @param pending     subscribers waiting for a connection
 * @param maxAllocated the pool's maximum size
 */
public record PoolStats(int acquired, int idle, int allocated, int pending, int maxAllocated) {
}
