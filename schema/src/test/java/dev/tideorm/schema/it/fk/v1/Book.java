package dev.tideorm.schema.it.fk.v1;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;

/** A book whose author_id is not yet a foreign key. */
@Entity(table = "book")
public record Book(@PrimaryKey Integer id, Integer authorId) {
}
