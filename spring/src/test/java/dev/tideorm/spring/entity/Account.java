package dev.tideorm.spring.entity;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;
import dev.tideorm.core.model.HasMany;

/** Test entity: an account with a unique name and its ledger entries. */
@Entity(table = "account")
public record Account(
        @PrimaryKey Integer id,
        @Unique @Column(length = 100) String name,
        Integer balance,
        HasMany<Entry> entries) {
}
