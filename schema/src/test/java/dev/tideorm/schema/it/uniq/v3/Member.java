package dev.tideorm.schema.it.uniq.v3;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;

/** email unique: created from empty it is the named constraint {@code idx-member-email}. */
@Entity(table = "member")
public record Member(@PrimaryKey Integer id, String name, @Unique String email, String team, Integer seat) {
}
