package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * A statement could not obtain a lock in time and was cancelled: PostgreSQL's {@code 55P03}
 * ({@code lock_not_available}: {@code lock_timeout} expired, or at once under {@code NOWAIT}) and H2's lock
 * timeout ({@code HYT00}, error code 50200; H2's {@code LOCK_TIMEOUT} setting). A statement cancelled by
 * {@code statement_timeout} ({@code 57014}) is not one: that is a plain {@link QueryException}.
 *
 * <p>{@linkplain #isTransient() Transient}: another transaction holds the lock and will end, so re-running
 * the whole transaction may succeed (see {@link TransientQueryException}). PostgreSQL has aborted the
 * transaction; H2 has failed the statement only, but the transaction should still be rolled back and re-run,
 * not continued. If the holder is a long or abandoned transaction, retries only add waiting: keep the number
 * of attempts small.
 */
public final class LockTimeoutException extends TransientQueryException {
    public LockTimeoutException(String message, @Nullable Statement statement, @Nullable String sqlState,
                                @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
