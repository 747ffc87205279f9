package dev.tideorm.examples.nested.entity;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import java.util.UUID;

/** A label with an application-assigned UUID key: a new one must be inserted, never updated, whatever its key. */
@Entity(table = "label")
public record Label(@PrimaryKey(autoIncrement = false) UUID id, String name) {
}
