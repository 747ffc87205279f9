package dev.tideorm.core.error;

import dev.tideorm.core.sql.Statement;
import org.jspecify.annotations.Nullable;

/** A value could not be converted between its Java type and its column type; the message names the column. */
public final class TypeConversionException extends DbException {
    public TypeConversionException(String message) {
        super(message, null, null, null);
    }

    public TypeConversionException(String message, @Nullable Statement statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, statement, sqlState, cause);
    }
}
