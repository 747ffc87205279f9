package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** A connection could not be opened, acquired from the pool, or was lost. */
public final class ConnectionException extends DbException {
    public ConnectionException(String message) {
        super(message, null, null, null);
    }

    public ConnectionException(String message, @Nullable Statement statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
