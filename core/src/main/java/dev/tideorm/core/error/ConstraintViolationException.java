package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** A statement violated a constraint; {@link #constraint()} and {@link #table()} name it when the driver says. */
public class ConstraintViolationException extends QueryException {
    private final @Nullable String table;
    private final @Nullable String constraint;

    public ConstraintViolationException(String message, @Nullable String table, @Nullable String constraint,
                                        @Nullable Statement statement, @Nullable String sqlState,
                                        @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
        this.table = table;
        this.constraint = constraint;
    }

    /** The table whose constraint was violated, when known. */
    public @Nullable String table() {
        return table;
    }

    /** The violated constraint or index name, when known. */
    public @Nullable String constraint() {
        return constraint;
    }
}
