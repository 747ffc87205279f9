package dev.tideorm.r2dbc;

import dev.tideorm.r2dbc.internal.LeaseAcquire;
import io.r2dbc.spi.Connection;
import reactor.core.publisher.Mono;

/**
 * Where a {@link R2dbcDatabase} borrows connections: its own pool, or a provider the application gave it. A borrow
 * is run by {@link LeaseAcquire} from the source's {@linkplain LeaseAcquire.Borrower parts}: one try, whether a
 * failed try is repeated, and every failure as a {@link dev.tideorm.core.error.ConnectionException}.
 */
interface ConnectionSource extends LeaseAcquire.Borrower {

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
