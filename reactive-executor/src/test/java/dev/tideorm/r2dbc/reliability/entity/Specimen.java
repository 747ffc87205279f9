package dev.tideorm.r2dbc.reliability.entity;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Test entity for hostile values (HostileValuesIT): unlimited text, integers, a decimal, a double, a date. */
@Entity(table = "specimen")
public record Specimen(
        @PrimaryKey Integer id,
        @Nullable String text,
        @Nullable Integer i,
        @Nullable Long l,
        @Column(precision = 38, scale = 10) @Nullable BigDecimal dec,
        @Nullable Double d,
        @Nullable LocalDate day) {
}
