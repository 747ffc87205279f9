package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The database refused a statement because of concurrent transactions, not because of anything wrong with the
 * work itself: running the whole transaction again, from its BEGIN, may succeed without any change. This is
 * what {@link #isTransient()} reports; Spring calls the same family {@code TransientDataAccessException}.
 *
 * <ul>
 *   <li>{@link SerializationFailureException}: SQLSTATE {@code 40001}. The database rolled the transaction back
 *       because it could not be serialized with concurrent ones (PostgreSQL under {@code REPEATABLE READ} or
 *       {@code SERIALIZABLE}; H2 also reports its deadlocks this way).</li>
 *   <li>{@link DeadlockException}: PostgreSQL's {@code 40P01}. Transactions waited for each other's locks; the
 *       database rolled this one back to break the cycle.</li>
 *   <li>{@link LockTimeoutException}: a lock was not obtained in time (PostgreSQL {@code 55P03}, H2
 *       {@code HYT00}), so the statement was cancelled. Whoever holds the lock will end, so a later attempt may
 *       get it.</li>
 * </ul>
 *
 * <p><b>Retry the whole transaction, never the statement.</b> After such an error PostgreSQL has aborted the
 * transaction (it accepts nothing but ROLLBACK) and, on a serialization failure, the data the work read is
 * stale: re-running one statement inside it cannot succeed, and would be wrong if it did. Let the transaction
 * roll back and run the work again in a new one; {@code TransactionRetry} in the reactive executor does that.
 * The work must then be re-runnable: no side effects outside the database.
 *
 * <p>A {@link ConnectionException} is not transient in this sense; see there.
 */
public abstract sealed class TransientQueryException extends QueryException
        permits SerializationFailureException, DeadlockException, LockTimeoutException {

    protected TransientQueryException(String message, @Nullable Statement statement, @Nullable String sqlState,
                                      @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }

    /** Always {@code true}: re-running the whole transaction may succeed. */
    @Override
    public final boolean isTransient() {
        return true;
    }
}
