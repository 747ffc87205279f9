package dev.tideorm.schema.it.profile.v3;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import org.jspecify.annotations.Nullable;

/** v1 plus a nullable column and a NOT NULL column without default: only allowed on an empty table. */
@Entity(table = "profile")
public record Profile(@PrimaryKey Integer id, String name, @Nullable String bio, String nick) {
}
