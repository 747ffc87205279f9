package dev.tideorm.schema.it.fk.v4;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.RenamedFrom;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.schema.it.fk.v1.Author;

/** v2 with the foreign key column renamed from author_id. */
@Entity(table = "book")
public record Book(@PrimaryKey Integer id, @RenamedFrom("author_id") Integer writerId,
                   @BelongsTo(from = "writerId") HasOne<Author> author) {
}
