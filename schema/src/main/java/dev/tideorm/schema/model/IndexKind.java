package dev.tideorm.schema.model;

/** What backs an index in the database; it decides how the index is created, renamed and dropped. */
public enum IndexKind {
    /**
     * A plain index ({@code CREATE [UNIQUE] INDEX}); renamed with {@code ALTER INDEX … RENAME TO}, dropped with
     * {@code DROP INDEX}.
     */
    INDEX,
    /**
     * The index of a UNIQUE constraint; added with {@code ALTER TABLE … ADD CONSTRAINT … UNIQUE}, renamed with
     * {@code ALTER TABLE … RENAME CONSTRAINT}, dropped with {@code ALTER TABLE … DROP CONSTRAINT}.
     */
    UNIQUE_CONSTRAINT,
    /** The index of the primary key; never dropped. */
    PRIMARY_KEY
}
