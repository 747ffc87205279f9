package dev.tideorm.schema.it.types;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One column of every built-in type, so a second sync proves the type comparison per dialect. */
@Entity(table = "all_types")
public record AllTypes(@PrimaryKey(autoIncrement = false) Long id, boolean flag, short small, int medium, float real,
                       double dbl, BigDecimal amount, @Column(precision = 10, scale = 2) BigDecimal price,
                       @Column(length = 32) String code, String body, UUID uuid, LocalDate day, LocalTime time,
                       LocalDateTime stamp, OffsetDateTime stampTz, byte[] data, @Column(json = true) String doc) {
}
