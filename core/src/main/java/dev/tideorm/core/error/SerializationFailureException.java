package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * SQLSTATE {@code 40001}, {@code serialization_failure}: the database rolled the transaction back because it
 * could not order it with concurrent transactions. On PostgreSQL this happens under {@code REPEATABLE READ}
 * and {@code SERIALIZABLE} ("could not serialize access due to concurrent update", or "... due to read/write
 * dependencies among transactions", which may also come from COMMIT). H2 uses the same code, with the message
 * "Deadlock detected", both for lock cycles and for a row changed by a concurrent transaction since this one
 * read it, and does not tell the two apart; its {@code 90131} (concurrent update) is mapped here too.
 *
 * <p>{@linkplain #isTransient() Transient}: re-run the whole transaction (see {@link TransientQueryException}).
 */
public final class SerializationFailureException extends TransientQueryException {
    public SerializationFailureException(String message, @Nullable Statement statement, @Nullable String sqlState,
                                         @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
