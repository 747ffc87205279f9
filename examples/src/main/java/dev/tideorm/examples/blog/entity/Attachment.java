package dev.tideorm.examples.blog.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a post. The post is optional (a weak belongs-to): deleting the post keeps the attachment
 * and sets {@code post_id} to NULL.
 */
@Entity(table = "attachment")
public record Attachment(
        @PrimaryKey Integer id,
        @Nullable Integer postId,
        String file,
        @BelongsTo(from = "postId", onDelete = ForeignKeyAction.SET_NULL) HasOne<Post> post) {
}
