package dev.tideorm.core.annotation;

/** Referential action of a foreign key. */
public enum ForeignKeyAction {
    /** Fail at the end of the statement if a referencing row is left (the SQL default). */
    NO_ACTION("NO ACTION"),
    /** Fail at once if a referencing row exists. */
    RESTRICT("RESTRICT"),
    /** Delete (or update) the referencing rows too. */
    CASCADE("CASCADE"),
    /** Set the referencing columns to NULL. */
    SET_NULL("SET NULL"),
    /** Set the referencing columns to their defaults. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ForeignKeyAction(String sql) {
        this.sql = sql;
    }

    /** The SQL keywords. */
    public String sql() {
        return sql;
    }
}
