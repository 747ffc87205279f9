package dev.tideorm.schema.it.fk.v2;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.schema.it.fk.v1.Author;

/** v1 with author_id now a foreign key. */
@Entity(table = "book")
public record Book(@PrimaryKey Integer id, Integer authorId, @BelongsTo(from = "authorId") HasOne<Author> author) {
}
