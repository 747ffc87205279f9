package dev.tideorm.schema.it.blog;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;
import org.jspecify.annotations.Nullable;

/** Half of a foreign-key cycle with {@link Wife}. */
@Entity(table = "husband")
public record Husband(@PrimaryKey Integer id, @Nullable Integer wifeId,
                      @BelongsTo(from = "wifeId", onDelete = ForeignKeyAction.SET_NULL) HasOne<Wife> wife) {
}
