package dev.tideorm.schema.it.uniq.v1;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;

/** No unique declared. */
@Entity(table = "member")
public record Member(@PrimaryKey Integer id, String name, String email, String team, Integer seat) {
}
