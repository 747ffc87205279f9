package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** An {@code ActiveModelBehavior} hook refused the operation. */
public final class HookVetoException extends DbException {
    public HookVetoException(String message) {
        super(message, null, null, null);
    }

    public HookVetoException(String message, @Nullable Statement statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
