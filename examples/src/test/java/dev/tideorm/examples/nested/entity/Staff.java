package dev.tideorm.examples.nested.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.MappedBy;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;
import org.jspecify.annotations.Nullable;

/** SeaORM's film-store staff: a self belongs-to ({@code reportsTo}, weak) and its inverse has-many. */
@Entity(table = "staff")
public record Staff(
        @PrimaryKey Integer id,
        String name,
        @Nullable Integer reportsToId,
        @BelongsTo(from = "reportsToId") HasOne<Staff> reportsTo,
        @MappedBy("reportsTo") HasMany<Staff> manages) {
}
