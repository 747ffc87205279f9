package dev.tideorm.schema.it.blog;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;
import org.jspecify.annotations.Nullable;

/** Half of a foreign-key cycle with {@link Husband}. */
@Entity(table = "wife")
public record Wife(@PrimaryKey Integer id, @Nullable Integer husbandId,
                   @BelongsTo(from = "husbandId") HasOne<Husband> husband) {
}
