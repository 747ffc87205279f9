package dev.tideorm.r2dbc.internal;

import io.r2dbc.postgresql.api.ErrorDetails;
import io.r2dbc.postgresql.api.PostgresqlException;
import io.r2dbc.spi.R2dbcException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * r2dbc-postgresql's errors: the server's error fields ({@link ErrorDetails}) name the table, constraint and
 * column. The primary message is shown, never the DETAIL line (which quotes the offending row); in data
 * errors ({@code 22xxx}) quoted values are redacted too.
 */
final class PostgresErrorTranslator extends SqlStateErrorTranslator {
    /** {@code column "n" is of type integer but expression is of type character varying} (42804). */
    private static final Pattern COLUMN_OF_TYPE = Pattern.compile("^column \"((?:[^\"]|\"\")+)\" is of type");

    /**
     * By SQLSTATE only where there is one: r2dbc-postgresql reports every SQLSTATE class it does not sort
     * ({@code 25} invalid transaction state, {@code 3B} savepoint, {@code 55}, {@code 57}, {@code P0} raised by
     * PL/pgSQL, ...) as an {@code R2dbcNonTransientResourceException}, although the connection is fine. Connection
     * failures are class {@code 08}, the server shutting down or refusing connections ({@code 57P01}-{@code
     * 57P03}), too many connections ({@code 53300}), or a driver error without a SQLSTATE (a closed channel).
     */
    @Override
    protected boolean isConnectionFailure(R2dbcException e, String sqlState) {
        if (sqlState.isEmpty()) {
            return super.isConnectionFailure(e, sqlState);
        }
        return sqlState.startsWith("08") || sqlState.startsWith("57P0") || sqlState.equals("53300");
    }

    /** Adds {@code 40P01} deadlock and {@code 55P03} lock not available ({@code lock_timeout}, {@code NOWAIT}). */
    @Override
    protected @Nullable Conflict conflict(String sqlState) {
        return switch (sqlState) {
            case "40P01" -> Conflict.DEADLOCK;
            case "55P03" -> Conflict.LOCK_TIMEOUT;
            default -> super.conflict(sqlState);
        };
    }

    @Override
    protected Details details(R2dbcException e) {
        String state = e.getSqlState() == null ? "" : e.getSqlState();
        if (e instanceof PostgresqlException pg) {
            ErrorDetails d = pg.getErrorDetails();
            String message = state.startsWith("22") ? redactQuoted(d.getMessage()) : d.getMessage();
            String column = d.getColumnName().orElse(null);
            Matcher m = COLUMN_OF_TYPE.matcher(d.getMessage());
            if (column == null && state.equals("42804") && m.find()) {
                column = m.group(1);
            }
            return new Details(d.getTableName().orElse(null), d.getConstraintName().orElse(null), column, message);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Details(null, null, null, state.startsWith("22") ? redactQuoted(message) : message);
    }
}
