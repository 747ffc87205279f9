package dev.tideorm.schema.it.destructive.v2;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;

/** v1 without extra, name widened to text, size made NOT NULL: none of it is applied. */
@Entity(table = "gadget")
public record Gadget(@PrimaryKey Integer id, String name, Integer size) {
}
