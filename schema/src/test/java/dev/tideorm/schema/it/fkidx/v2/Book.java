package dev.tideorm.schema.it.fkidx.v2;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.schema.it.fk.v1.Author;

/** v1 with author_id unique instead of indexed: the index "idx-book-author_id" must become unique. */
@Entity(table = "book")
public record Book(@PrimaryKey Integer id, @Unique Integer authorId,
                   @BelongsTo(from = "authorId") HasOne<Author> author) {
}
