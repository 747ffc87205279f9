package dev.tideorm.schema.it.destructive.v1;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import org.jspecify.annotations.Nullable;

@Entity(table = "gadget")
public record Gadget(@PrimaryKey Integer id, @Column(length = 10) String name, @Nullable String extra,
                     @Nullable Integer size) {
}
