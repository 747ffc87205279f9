package dev.tideorm.schema.it.otherschema;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.Indexed;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;

@Entity(table = "crate", schema = "tide_sync_other")
public record Crate(@PrimaryKey Integer id, @Indexed Integer shelfId, @BelongsTo(from = "shelfId") HasOne<Shelf> shelf) {
}
