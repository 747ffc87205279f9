package dev.tideorm.schema.it.fk.v3;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.schema.it.fk.v1.Author;

/** v2 with ON DELETE CASCADE. */
@Entity(table = "book")
public record Book(@PrimaryKey Integer id, Integer authorId,
                   @BelongsTo(from = "authorId", onDelete = ForeignKeyAction.CASCADE) HasOne<Author> author) {
}
