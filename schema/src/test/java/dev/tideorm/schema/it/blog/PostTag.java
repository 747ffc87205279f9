package dev.tideorm.schema.it.blog;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;

@Entity(table = "post_tag")
public record PostTag(@PrimaryKey Long postId, @PrimaryKey Integer tagId,
                      @BelongsTo(from = "postId") HasOne<Post> post,
                      @BelongsTo(from = "tagId", fkName = "post_tag_to_tag") HasOne<Tag> tag) {
}
