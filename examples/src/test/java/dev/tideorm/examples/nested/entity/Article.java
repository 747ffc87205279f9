package dev.tideorm.examples.nested.entity;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Via;
import dev.tideorm.core.model.HasMany;

/** An article labelled through {@link ArticleLabel}, a junction with lifecycle hooks. */
@Entity(table = "article")
public record Article(@PrimaryKey Integer id, String title, @Via(ArticleLabel.class) HasMany<Label> labels) {
}
