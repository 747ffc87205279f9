package dev.tideorm.examples.blog.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;

/** The junction of posts and tags: a composite primary key, no auto-increment. */
@Entity(table = "post_tag")
public record PostTag(
        @PrimaryKey(autoIncrement = false) Integer postId,
        @PrimaryKey(autoIncrement = false) Integer tagId,
        @BelongsTo(from = "postId", onDelete = ForeignKeyAction.CASCADE) HasOne<Post> post,
        @BelongsTo(from = "tagId", onDelete = ForeignKeyAction.CASCADE) HasOne<Tag> tag) {
}
