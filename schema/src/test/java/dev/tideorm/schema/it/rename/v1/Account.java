package dev.tideorm.schema.it.rename.v1;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;

@Entity(table = "account")
public record Account(@PrimaryKey Integer id, @Unique String dateOfBirth) {
}
