package dev.tideorm.schema.it.blog;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.UniqueKey;

@Entity(table = "tag")
@UniqueKey(name = "scope_label", columns = {"scope", "label"})
public record Tag(@PrimaryKey Integer id, String scope, String label) {
}
