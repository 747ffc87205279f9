package dev.tideorm.schema.it.defaults;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;

/**
 * Defaults with backslashes. Written as plain literals ({@code '\'' NOT NULL); ...'}), {@link #BODY} would end the
 * literal early on a PostgreSQL session with {@code standard_conforming_strings=off} and run the DROP.
 */
@Entity(table = "hostile")
public record Hostile(@PrimaryKey Integer id, @Column(defaultValue = Hostile.BODY) String body,
                      @Column(defaultValue = Hostile.PATH) String path) {
    /** Closes the literal and the column list, then drops a table, when backslash escapes quotes. */
    public static final String BODY = "\\' NOT NULL); DROP TABLE victim; --";
    /** Backslashes that must be stored as they are, not read as escapes. */
    public static final String PATH = "C:\\temp\\new 'x'\\";
}
