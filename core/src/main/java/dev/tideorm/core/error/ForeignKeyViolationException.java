package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** A foreign key was violated (SQLSTATE 23503; H2 also 23506). */
public final class ForeignKeyViolationException extends ConstraintViolationException {
    public ForeignKeyViolationException(String message, @Nullable String table, @Nullable String constraint,
            @Nullable Statement statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, table, constraint, statement, sqlState, cause);
    }
}
