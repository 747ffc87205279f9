package dev.tideorm.examples.blog.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;

/** A comment by a user on a post. */
@Entity(table = "comment")
public record Comment(
        @PrimaryKey Integer id,
        String comment,
        Integer userId,
        Integer postId,
        @BelongsTo(from = "userId") HasOne<User> user,
        @BelongsTo(from = "postId") HasOne<Post> post) {
}
