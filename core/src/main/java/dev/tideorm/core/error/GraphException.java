package dev.tideorm.core.error;

/**
 * A graph of models cannot be saved or deleted as asked, found before any SQL is sent: its foreign keys form a
 * cycle that no nullable key can break, a model is removed from a parent it does not belong to, or a relation
 * cannot be written (a many-to-many junction without a key over both sides, say). The message names the
 * entities and relations involved.
 */
public final class GraphException extends DbException {
    public GraphException(String message) {
        super(message, null, null, null);
    }
}
