package dev.tideorm.spring;

import dev.tideorm.core.error.DbException;
import org.springframework.dao.UncategorizedDataAccessException;

/**
 * A TideORM error that none of Spring's more specific {@code DataAccessException}s describes (a graph cycle in a
 * nested save, a hook's veto, a failed schema sync, a statement failure of an unclassified SQLSTATE). The TideORM
 * exception is the cause, and {@link #dbException()}.
 */
public final class TideOrmDataAccessException extends UncategorizedDataAccessException {
    private static final long serialVersionUID = 1L;

    /** Wraps {@code cause}, keeping its message. */
    public TideOrmDataAccessException(DbException cause) {
        super(cause.getMessage(), cause);
    }

    /** The TideORM exception this stands for. */
    public DbException dbException() {
        return (DbException) getCause();
    }
}
