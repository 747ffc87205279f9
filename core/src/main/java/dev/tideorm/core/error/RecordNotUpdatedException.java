package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** An update of one row by primary key matched no row. */
public final class RecordNotUpdatedException extends DbException {
    public RecordNotUpdatedException(String message) {
        super(message, null, null, null);
    }

    public RecordNotUpdatedException(String message, @Nullable Statement statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
