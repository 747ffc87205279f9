package dev.tideorm.core.error;

/** A field needed a value but was {@code NotSet} (e.g. {@code tryIntoModel}); {@link #field()} names it. */
public final class AttrNotSetException extends DbException {
    private final String field;

    public AttrNotSetException(String field) {
        super("attribute not set: " + field, null, null, null);
        this.field = field;
    }

    /** The field (or {@code table.column}) that was not set. */
    public String field() {
        return field;
    }
}
