package dev.tideorm.r2dbc.internal;

import dev.tideorm.core.error.DbException;
import dev.tideorm.core.sql.Statement;
import io.r2dbc.spi.R2dbcException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a driver exception into the matching {@link DbException}: one implementation per dialect, applied
 * once, at the executor boundary. The driver exception is always the cause; the message names the table,
 * constraint or column when the driver tells, and never contains a bound value.
 */
public interface ErrorTranslator {
    /**
     * Translates {@code e}, raised while running {@code statement} (null while connecting or acquiring).
     */
    DbException translate(R2dbcException e, @Nullable Statement statement);
}
