package dev.tideorm.schema.it.fkidx.v1;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.Indexed;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.schema.it.fk.v1.Author;

/** author_id is an indexed foreign key: H2 makes the foreign key use the index. */
@Entity(table = "book")
public record Book(@PrimaryKey Integer id, @Indexed Integer authorId,
                   @BelongsTo(from = "authorId") HasOne<Author> author) {
}
