package dev.tideorm.examples.blog.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;

/**
 * The self many-to-many of users: {@code follower} follows {@code user}. Both belong to {@link User}, so
 * {@code User.followers} and {@code User.following} name them in {@code @Via(from = ..., to = ...)}.
 */
@Entity(table = "user_follower")
public record UserFollower(
        @PrimaryKey(autoIncrement = false) Integer userId,
        @PrimaryKey(autoIncrement = false) Integer followerId,
        @BelongsTo(from = "userId", onDelete = ForeignKeyAction.CASCADE) HasOne<User> user,
        @BelongsTo(from = "followerId", onDelete = ForeignKeyAction.CASCADE) HasOne<User> follower) {
}
