package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * Root of every error TideORM signals. Runtime failures reach subscribers as {@code onError} with a
 * subtype of this class; the driver's exception, when there is one, is the {@link #getCause() cause}.
 * Messages name tables, columns, constraints and operations, never bound values; the SQL travels on
 * the exception as {@link #statement()}.
 */
public abstract sealed class DbException extends RuntimeException
        permits ConnectionException, QueryException, RecordNotFoundException, RecordNotInsertedException,
        RecordNotUpdatedException, AttrNotSetException, PrimaryKeyNotSetException, KeyArityException,
        TypeConversionException, UnsupportedByDialectException, HookVetoException, SchemaException, GraphException {

    private final transient @Nullable Statement statement;
    private final @Nullable String sqlState;

    protected DbException(String message, @Nullable Statement statement, @Nullable String sqlState,
                          @Nullable Throwable cause) {
        super(message, cause);
        this.statement = statement;
        this.sqlState = sqlState;
    }

    /** The statement that failed, if the failure came from executing one. */
    public @Nullable Statement statement() {
        return statement;
    }

    /** The SQLSTATE reported by the driver, if any. */
    public @Nullable String sqlState() {
        return sqlState;
    }

    /**
     * Whether running the whole transaction again, from a new BEGIN, may succeed without any change: true only
     * for a {@link TransientQueryException} (serialization failure, deadlock, lock timeout), where the database
     * refused the work because of concurrent transactions. Never a reason to re-run a single statement inside
     * the failed transaction.
     *
     * <p>False for every other error, including {@link ConnectionException}: a transaction whose connection was
     * lost before its COMMIT was rolled back and could be re-run, but when the connection is lost during the
     * COMMIT nobody knows whether it committed, and re-running it could apply the work twice.
     */
    public boolean isTransient() {
        return false;
    }

    @Override
    public String getMessage() {
        String m = super.getMessage();
        return statement == null ? m : m + " [SQL: " + statement.sql() + "]";
    }
}
