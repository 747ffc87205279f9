package dev.tideorm.r2dbc.it.entity;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Test entity with one column of every java.time type core maps. */
@Entity(table = "moment")
public record Moment(
        @PrimaryKey Long id,
        LocalDate day,
        LocalTime time,
        LocalDateTime at,
        OffsetDateTime offsetAt,
        Instant instant) {
}
