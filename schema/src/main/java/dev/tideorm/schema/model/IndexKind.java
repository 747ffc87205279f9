package dev.tideorm.schema.model;

/** What backs an index in the database; it decides how the index is dropped. */
public enum IndexKind {
    /** A plain index ({@code CREATE [UNIQUE] INDEX}); dropped with {@code DROP INDEX}. */
    INDEX,
    /** The index of a UNIQUE constraint; dropped with {@code ALTER TABLE … DROP CONSTRAINT}. */
    UNIQUE_CONSTRAINT,
    /** The index of the primary key; never dropped. */
    PRIMARY_KEY
}
