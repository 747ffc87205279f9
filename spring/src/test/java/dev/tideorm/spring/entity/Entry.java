package dev.tideorm.spring.entity;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;

/** Test entity: a ledger entry of an account (required foreign key). */
@Entity(table = "entry")
public record Entry(
        @PrimaryKey Integer id,
        Integer accountId,
        @Column(length = 200) String memo,
        @BelongsTo(from = "accountId") HasOne<Account> account) {
}
