package dev.tideorm.r2dbc.it.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;
import org.jspecify.annotations.Nullable;

/** Test entity: a fruit with a nullable foreign key to its cake ({@code fk-fruit-cake_id}). */
@Entity(table = "fruit")
public record Fruit(
        @PrimaryKey Integer id,
        @Column(length = 100) String name,
        @Nullable Integer cakeId,
        @BelongsTo(from = "cakeId") HasOne<Cake> cake) {
}
