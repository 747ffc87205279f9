package dev.tideorm.r2dbc.internal;

import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.ConstraintViolationException;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.DeadlockException;
import dev.tideorm.core.error.ForeignKeyViolationException;
import dev.tideorm.core.error.LockTimeoutException;
import dev.tideorm.core.error.NotNullViolationException;
import dev.tideorm.core.error.QueryException;
import dev.tideorm.core.error.SerializationFailureException;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.sql.Statement;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcRollbackException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.jspecify.annotations.Nullable;

/**
 * Classifies by SQLSTATE, which PostgreSQL and H2 both report: {@code 08xxx} connection, {@code 23505} unique,
 * {@code 23503} foreign key, {@code 23502} not null, other {@code 23xxx} constraints, {@code 22xxx} and
 * {@code 42804} values of the wrong type, {@code 40001} serialization failure (transient). Subclasses say how to
 * read the table, constraint and column out of their driver's exception, which message text is safe to show
 * (free of bound values), and which of their own SQLSTATEs are transient {@linkplain Conflict conflicts}.
 */
public abstract class SqlStateErrorTranslator implements ErrorTranslator {

    /** What a driver exception tells beyond its SQLSTATE. */
    protected record Details(@Nullable String table, @Nullable String constraint, @Nullable String column,
                             String safeMessage) {
    }

    /** The table, constraint, column and a message free of bound values. */
    protected abstract Details details(R2dbcException e);

    /** The transient failures: the transaction lost to concurrent ones, and may succeed when re-run. */
    protected enum Conflict { SERIALIZATION_FAILURE, DEADLOCK, LOCK_TIMEOUT }

    /**
     * The conflict {@code sqlState} reports, or null: here the standard's {@code 40001} serialization failure.
     * Subclasses add their database's own codes.
     */
    protected @Nullable Conflict conflict(String sqlState) {
        return sqlState.equals("40001") ? Conflict.SERIALIZATION_FAILURE : null;
    }

    /**
     * Whether {@code e} means the connection failed: SQLSTATE class {@code 08}, or a driver resource
     * exception (how r2dbc-h2 reports H2's connection errors, whose SQLSTATEs are H2's own).
     */
    protected boolean isConnectionFailure(R2dbcException e, String sqlState) {
        return sqlState.startsWith("08") || e instanceof R2dbcNonTransientResourceException
                || e instanceof R2dbcTransientResourceException;
    }

    /** Whether {@code sqlState} is a foreign key violation. */
    protected boolean isForeignKey(String sqlState) {
        return sqlState.equals("23503");
    }

    @Override
    public DbException translate(R2dbcException e, @Nullable Statement statement) {
        String state = e.getSqlState() == null ? "" : e.getSqlState();
        if (isConnectionFailure(e, state)) {
            return new ConnectionException("connection failed" + stateSuffix(state) + ": " + details(e).safeMessage(),
                    statement, blankToNull(state), e);
        }
        Details d = details(e);
        Conflict conflict = conflict(state);
        if (conflict != null) {
            String why = switch (conflict) {
                case SERIALIZATION_FAILURE -> "serialization failure, the transaction was rolled back";
                case DEADLOCK -> "deadlock, the transaction was rolled back";
                case LOCK_TIMEOUT -> "lock not obtained in time, the statement was cancelled";
            };
            String message = why + " (SQLSTATE " + state + "; re-run the whole transaction): " + d.safeMessage();
            return switch (conflict) {
                case SERIALIZATION_FAILURE -> new SerializationFailureException(message, statement, state, e);
                case DEADLOCK -> new DeadlockException(message, statement, state, e);
                case LOCK_TIMEOUT -> new LockTimeoutException(message, statement, state, e);
            };
        }
        if (state.equals("23505")) {
            return new UniqueViolationException("unique constraint " + name(d.constraint()) + onTable(d)
                    + " violated", d.table(), d.constraint(), statement, state, e);
        }
        if (isForeignKey(state)) {
            return new ForeignKeyViolationException("foreign key constraint " + name(d.constraint()) + onTable(d)
                    + " violated: " + d.safeMessage(), d.table(), d.constraint(), statement, state, e);
        }
        if (state.equals("23502")) {
            return new NotNullViolationException("NULL in NOT NULL column " + name(d.column()) + onTable(d),
                    d.table(), d.constraint(), statement, state, e);
        }
        if (state.startsWith("23")) {
            return new ConstraintViolationException("constraint " + name(d.constraint()) + onTable(d)
                    + " violated (SQLSTATE " + state + "): " + d.safeMessage(), d.table(), d.constraint(),
                    statement, state, e);
        }
        if (state.startsWith("22") || state.equals("42804")) {
            return new TypeConversionException("value of the wrong type or size"
                    + (d.column() == null ? "" : " for column " + name(d.column())) + onTable(d)
                    + " (SQLSTATE " + state + "): " + d.safeMessage(), statement, state, e);
        }
        if (e instanceof R2dbcRollbackException || state.startsWith("40")) {
            return new QueryException("transaction rolled back by the database" + stateSuffix(state) + ": "
                    + d.safeMessage(), statement, blankToNull(state), e);
        }
        return new QueryException("statement failed" + stateSuffix(state) + ": " + d.safeMessage(), statement,
                blankToNull(state), e);
    }

    private static String stateSuffix(String state) {
        return state.isEmpty() ? "" : " (SQLSTATE " + state + ")";
    }

    private static @Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String name(@Nullable String identifier) {
        return identifier == null ? "(unnamed)" : '"' + identifier + '"';
    }

    private static String onTable(Details d) {
        return d.table() == null ? "" : " on table \"" + d.table() + '"';
    }

    /** Replaces every double-quoted fragment by {@code "?"}: in data errors those quote values. */
    protected static String redactQuoted(String message) {
        return message.replaceAll("\"(?:[^\"]|\"\")*\"", "\"?\"");
    }
}
