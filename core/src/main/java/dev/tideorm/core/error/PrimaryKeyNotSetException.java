package dev.tideorm.core.error;

/**
 * An operation that identifies a row by primary key (update, delete) was given a model whose key is
 * {@code NotSet}. Raised before any SQL is sent. {@link #context()} names the operation, e.g. {@code UpdateOne}.
 */
public final class PrimaryKeyNotSetException extends DbException {
    private final String context;

    public PrimaryKeyNotSetException(String context, String table) {
        super("primary key not set for " + context + " on table " + table, null, null, null);
        this.context = context;
    }

    public String context() {
        return context;
    }
}
