package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** A NOT NULL column received NULL (SQLSTATE 23502). */
public final class NotNullViolationException extends ConstraintViolationException {
    public NotNullViolationException(String message, @Nullable String table, @Nullable String constraint,
            @Nullable Statement statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, table, constraint, statement, sqlState, cause);
    }
}
