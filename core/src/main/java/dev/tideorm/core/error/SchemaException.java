package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** Schema synchronisation failed or was refused; the message names the table, column or statement. */
public final class SchemaException extends DbException {
    public SchemaException(String message) {
        super(message, null, null, null);
    }

    public SchemaException(String message, @Nullable Statement statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
