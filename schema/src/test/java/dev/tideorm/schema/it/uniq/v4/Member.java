package dev.tideorm.schema.it.uniq.v4;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;
import org.jspecify.annotations.Nullable;

/** v1 with a new unique column: ADD COLUMN, then its named constraint. */
@Entity(table = "member")
public record Member(@PrimaryKey Integer id, String name, String email, String team, Integer seat,
                     @Unique @Nullable String badge) {
}
