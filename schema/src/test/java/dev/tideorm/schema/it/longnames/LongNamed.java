package dev.tideorm.schema.it.longnames;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;

/** A unique column whose constraint name {@code idx-<table>-<column>} is longer than PostgreSQL's 63 bytes. */
@Entity(table = "a_table_with_quite_a_long_name_for_this")
public record LongNamed(@PrimaryKey Integer id,
                        @Unique @Column(name = "a_column_with_an_equally_long_name") String value) {
}
