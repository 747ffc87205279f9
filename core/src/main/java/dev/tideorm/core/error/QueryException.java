package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** A statement failed in the database. Subclasses classify constraint violations. */
public non-sealed class QueryException extends DbException {
    public QueryException(String message, @Nullable Statement statement, @Nullable String sqlState,
                          @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
