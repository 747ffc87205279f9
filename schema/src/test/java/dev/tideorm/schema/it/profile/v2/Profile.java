package dev.tideorm.schema.it.profile.v2;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** v1 plus a nullable column and NOT NULL columns with a literal and an expression default. */
@Entity(table = "profile")
public record Profile(@PrimaryKey Integer id, String name, @Nullable LocalDate dateOfBirth,
                      @Column(defaultValue = "0") int postCount,
                      @Column(defaultValue = "it's new") String status) {
}
