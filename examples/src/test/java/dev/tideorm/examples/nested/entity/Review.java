package dev.tideorm.examples.nested.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.examples.blog.entity.User;
import org.jspecify.annotations.Nullable;

/** Two relations to the same target: a review's author and its (optional) editor are both users. */
@Entity(table = "review")
public record Review(
        @PrimaryKey Integer id,
        String verdict,
        Integer authorId,
        @Nullable Integer editorId,
        @BelongsTo(from = "authorId") HasOne<User> author,
        @BelongsTo(from = "editorId") HasOne<User> editor) {
}
