package dev.tideorm.schema.it.rename.v2;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.RenamedFrom;
import dev.tideorm.core.annotation.Unique;

/** v1 with {@code date_of_birth} renamed to {@code dob}; still unique. */
@Entity(table = "account")
public record Account(@PrimaryKey Integer id, @Unique @RenamedFrom("date_of_birth") String dob) {
}
