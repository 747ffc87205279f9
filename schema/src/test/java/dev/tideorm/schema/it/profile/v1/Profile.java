package dev.tideorm.schema.it.profile.v1;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;

@Entity(table = "profile")
public record Profile(@PrimaryKey Integer id, String name) {
}
