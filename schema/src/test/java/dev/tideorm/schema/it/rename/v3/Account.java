package dev.tideorm.schema.it.rename.v3;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.RenamedFrom;
import dev.tideorm.core.annotation.Unique;
import org.jspecify.annotations.Nullable;

/** v2 plus a column renamed from one that never existed. */
@Entity(table = "account")
public record Account(@PrimaryKey Integer id, @Unique String dob, @RenamedFrom("nick_name") @Nullable String nickname) {
}
