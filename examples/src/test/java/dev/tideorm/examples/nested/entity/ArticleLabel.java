package dev.tideorm.examples.nested.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;
import java.util.UUID;

/** The junction of articles and labels; its hooks count calls and can veto (see {@link ArticleLabelHooks}). */
@Entity(table = "article_label", behavior = ArticleLabelHooks.class)
public record ArticleLabel(
        @PrimaryKey(autoIncrement = false) Integer articleId,
        @PrimaryKey(autoIncrement = false) UUID labelId,
        @BelongsTo(from = "articleId") HasOne<Article> article,
        @BelongsTo(from = "labelId") HasOne<Label> label) {
}
