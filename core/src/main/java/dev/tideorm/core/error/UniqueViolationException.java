package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** A unique constraint or unique index was violated (SQLSTATE 23505). */
public final class UniqueViolationException extends ConstraintViolationException {
    public UniqueViolationException(String message, @Nullable String table, @Nullable String constraint,
            @Nullable Statement statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, table, constraint, statement, sqlState, cause);
    }
}
