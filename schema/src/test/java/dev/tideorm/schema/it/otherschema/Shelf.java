package dev.tideorm.schema.it.otherschema;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;

@Entity(table = "shelf", schema = "tide_sync_other")
public record Shelf(@PrimaryKey Integer id, @Unique String label) {
}
