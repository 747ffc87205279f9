package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** A row that had to exist was not found (e.g. {@code findByIdOrError}). */
public final class RecordNotFoundException extends DbException {
    public RecordNotFoundException(String message) {
        super(message, null, null, null);
    }

    public RecordNotFoundException(String message, @Nullable Statement statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
