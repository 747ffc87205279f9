package dev.tideorm.schema.it.blog;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.annotation.Indexed;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;

@Entity(table = "post")
public record Post(@PrimaryKey Long id, Integer userId, String title, @Indexed String slug,
                   @Column(defaultValue = "draft") String status,
                   @BelongsTo(from = "userId", to = "id", onDelete = ForeignKeyAction.CASCADE) HasOne<User> author) {
}
