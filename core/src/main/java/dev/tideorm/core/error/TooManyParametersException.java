package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import java.util.Objects;

/**
 * A statement carries more bind parameters than the driver can send, and was refused before it reached the
 * database. PostgreSQL's wire protocol counts the parameters of a statement in 16 bits, so it takes at most
 * 65,535; a larger statement would otherwise fail inside the driver with an obscure protocol error, after the
 * connection was borrowed and possibly half-way through a transaction.
 *
 * <p>Not {@linkplain #isTransient() transient}: the same statement fails again. To avoid it:
 * <ul>
 *   <li>chunk the operation, so that each statement stays under {@link #limit()} parameters (insert, update or
 *       delete the rows in batches of, say, a few thousand; split a long {@code IN} list into several
 *       queries);</li>
 *   <li>or bind one array parameter instead of one parameter per value, e.g. {@code WHERE "id" = ANY($1)} on
 *       PostgreSQL, or {@code INSERT ... SELECT * FROM UNNEST($1, $2)} for many rows.</li>
 * </ul>
 *
 * <p>The message names the counts and, through {@link #getMessage()}, the SQL (with bind markers only), never a
 * bound value.
 */
public final class TooManyParametersException extends QueryException {
    private final int parameters;
    private final int limit;

    /**
     * A refusal of {@code statement}, which has {@code parameters} bind parameters where the driver allows
     * {@code limit}. The {@code message} must not contain bound values.
     */
    public TooManyParametersException(String message, Statement statement, int parameters, int limit) {
        super(message, Objects.requireNonNull(statement, "statement"), null, null);
        this.parameters = parameters;
        this.limit = limit;
    }

    /** The number of bind parameters the statement has. */
    public int parameters() {
        return parameters;
    }

    /** The most bind parameters the driver accepts in one statement. */
    public int limit() {
        return limit;
    }
}
