package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** An insert wrote no row (e.g. {@code ON CONFLICT DO NOTHING} hit a conflict). */
public final class RecordNotInsertedException extends DbException {
    public RecordNotInsertedException(String message) {
        super(message, null, null, null);
    }

    public RecordNotInsertedException(String message, @Nullable Statement statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
