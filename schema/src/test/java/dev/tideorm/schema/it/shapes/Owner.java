package dev.tideorm.schema.it.shapes;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;

/** Upper case and an embedded quote in table and column names. */
@Entity(table = "Owner")
public record Owner(@PrimaryKey Integer id, @Column(name = "Full \"Name\"") String fullName) {
}
