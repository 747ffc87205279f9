package dev.tideorm.schema.it.fk.v1;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;

@Entity(table = "author")
public record Author(@PrimaryKey Integer id, String name) {
}
