package dev.tideorm.examples.blog.entity;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Via;
import dev.tideorm.core.model.HasMany;

/** A tag (not unique), linked to posts through {@link PostTag}. */
@Entity(table = "tag")
public record Tag(
        @PrimaryKey Integer id,
        String tag,
        @Via(PostTag.class) HasMany<Post> posts) {
}
