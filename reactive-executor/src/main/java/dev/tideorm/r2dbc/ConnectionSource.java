package dev.tideorm.r2dbc;

import io.r2dbc.spi.Connection;
import reactor.core.publisher.Mono;

/** Where a {@link R2dbcDatabase} borrows connections: its own pool, or a provider the application gave it. */
interface ConnectionSource {
    /** Borrows a connection; every failure is a {@link dev.tideorm.core.error.ConnectionException}. */
    Mono<Connection> borrow();

    /** Gives a connection back for reuse. */
    Mono<Void> giveBack(Connection connection);

    /** Gives back a connection whose state is unknown, so that it is closed rather than reused. */
    Mono<Void> discard(Connection connection);

    /** The pool's counters (all zero when the source keeps none). */
    PoolStats stats();

    /** Closes what the source owns; idempotent, quiet. */
    Mono<Void> close();

    /** Whether {@link #close()} was called. */
    boolean isClosed();

    /** The source in messages: a masked URL, or the provider. */
    String description();
}
