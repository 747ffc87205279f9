package dev.tideorm.r2dbc.it.entity;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;

/** Test entity: a cake with a unique name (constraint {@code cake_name_key} in the fixtures' DDL). */
@Entity(table = "cake")
public record Cake(@PrimaryKey Integer id, @Unique @Column(length = 100) String name) {
}
