package dev.tideorm.examples.nested.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.MappedBy;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;
import org.jspecify.annotations.Nullable;

/** A strict self-reference: a part belongs to its assembly through a NOT NULL key (the root points at itself). */
@Entity(table = "part")
public record Part(
        @PrimaryKey Integer id,
        String name,
        Integer assemblyId,
        @BelongsTo(from = "assemblyId") HasOne<Part> assembly,
        @MappedBy("assembly") HasMany<Part> parts,
        @Nullable Integer weight) {
}
