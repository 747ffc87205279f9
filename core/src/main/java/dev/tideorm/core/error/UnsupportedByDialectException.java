package dev.tideorm.core.error;

/** The dialect cannot express a feature the statement uses (raised while the statement is built). */
public final class UnsupportedByDialectException extends DbException {
    private final String dialect;
    private final String feature;

    public UnsupportedByDialectException(String dialect, String feature) {
        super(feature + " is not supported by " + dialect, null, null, null);
        this.dialect = dialect;
        this.feature = feature;
    }

    public String dialect() {
        return dialect;
    }

    public String feature() {
        return feature;
    }
}
