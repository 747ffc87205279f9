package dev.tideorm.r2dbc.it.entity;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Test entity with a long key and the column types that need conversions: JSON, UUID, Instant, decimal, enum. */
@Entity(table = "gizmo")
public record Gizmo(
        @PrimaryKey Long id,
        UUID code,
        Instant createdAt,
        @Column(json = true) @Nullable String doc,
        @Column(precision = 10, scale = 2) @Nullable BigDecimal price,
        Size size,
        boolean active,
        byte @Nullable [] data) {

    /** Stored by name. */
    public enum Size { SMALL, LARGE }
}
