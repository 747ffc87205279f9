package dev.tideorm.examples.blog.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Via;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;

/** A post written by a user, with comments, attachments and tags. */
@Entity(table = "post")
public record Post(
        @PrimaryKey Integer id,
        Integer userId,
        String title,
        @BelongsTo(from = "userId", to = "id") HasOne<User> author,
        HasMany<Comment> comments,
        HasMany<Attachment> attachments,
        @Via(PostTag.class) HasMany<Tag> tags) {
}
