package dev.tideorm.schema.it.blog;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;
import java.time.OffsetDateTime;

@Entity(table = "user")
public record User(@PrimaryKey Integer id, @Unique String name, @Column(length = 64) String email,
                   @Column(defaultExpr = "CURRENT_TIMESTAMP") OffsetDateTime createdAt) {
}
