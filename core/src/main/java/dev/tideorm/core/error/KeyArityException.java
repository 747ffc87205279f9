package dev.tideorm.core.error;

/** A key value had the wrong number of components for the entity's primary or unique key. */
public final class KeyArityException extends DbException {
    public KeyArityException(String message) {
        super(message, null, null, null);
    }
}
