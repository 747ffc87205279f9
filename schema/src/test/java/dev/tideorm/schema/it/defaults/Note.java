package dev.tideorm.schema.it.defaults;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;

/** defaultValue is a literal: text that looks like SQL must stay text. */
@Entity(table = "note")
public record Note(@PrimaryKey Integer id, @Column(defaultValue = "'a' || 'b'") String body,
                   @Column(defaultValue = "-2") int score, @Column(defaultValue = "TRUE") boolean open) {
}
