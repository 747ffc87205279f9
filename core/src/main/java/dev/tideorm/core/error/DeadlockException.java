package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's SQLSTATE {@code 40P01}, {@code deadlock_detected}: this transaction and others waited for each
 * other's locks, and the database rolled this one back to break the cycle (after {@code deadlock_timeout},
 * one second by default). Databases that follow the SQL standard more closely, H2 among them, report deadlocks
 * as {@code 40001}, a {@link SerializationFailureException}.
 *
 * <p>{@linkplain #isTransient() Transient}: re-run the whole transaction (see {@link TransientQueryException}).
 * Deadlocks that recur point at transactions taking the same locks in different orders; take them in one
 * order (say, by primary key) to avoid them.
 */
public final class DeadlockException extends TransientQueryException {
    public DeadlockException(String message, @Nullable Statement statement, @Nullable String sqlState,
                             @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
