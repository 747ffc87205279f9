package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * A connection could not be opened, acquired from the pool, or was lost.
 *
 * <p>Not {@linkplain #isTransient() transient}, although the next attempt may well find a connection: if the
 * connection was lost inside a transaction before its COMMIT, the database rolled the transaction back and
 * re-running it is safe; but if it was lost during the COMMIT, the outcome is unknown (the transaction may have
 * committed) and re-running it could apply its work twice. Retry only work that is safe to apply twice, or
 * check first whether it took effect. A pool that has no connection to lend is usually overloaded, which
 * retries make worse.
 */
public final class ConnectionException extends DbException {
    public ConnectionException(String message) {
        super(message, null, null, null);
    }

    public ConnectionException(String message, @Nullable Statement statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
