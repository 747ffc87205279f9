package dev.tideorm.jackson.it.entity;

import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.json.JsonText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A customer whose JSON columns hold a record, a list of records, a map, and plain JSON text. */
@Entity(table = "customer")
public record Customer(
        @PrimaryKey Long id,
        String name,
        @Column(json = true) Settings settings,
        @Column(json = true) List<Address> addresses,
        @Column(json = true) @Nullable Map<String, Object> extra,
        @Nullable JsonText raw) {

    /** A record in one JSON object, with a list and an Instant inside. */
    public record Settings(String theme, int fontSize, boolean beta, List<String> tags, @Nullable Instant since) {
    }

    /** An element of a JSON array. */
    public record Address(String street, String city, @Nullable String zip) {
    }
}
