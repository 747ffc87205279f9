package dev.tideorm.examples.blog.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;
import dev.tideorm.core.model.HasOne;

/** A user's profile: one per user ({@code user_id} is unique and required). */
@Entity(table = "profile")
public record Profile(
        @PrimaryKey Integer id,
        String picture,
        @Unique Integer userId,
        @BelongsTo(from = "userId", to = "id") HasOne<User> user) {
}
