package dev.tideorm.schema.it.shapes;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Column;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.Indexed;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;
import dev.tideorm.core.annotation.UniqueKey;
import dev.tideorm.core.model.HasOne;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Composite key, a unique column that is also a foreign key, a column both indexed and unique, a unique key,
 * quoted names, and enum / JSON / decimal / varchar(n) / timestamptz columns with literal defaults.
 */
@Entity(table = "Seat\"Map")
@UniqueKey(name = "row_label", columns = {"row", "label"})
public record SeatMap(@PrimaryKey(autoIncrement = false) Integer row, @PrimaryKey(autoIncrement = false) Integer col,
                      @Unique Integer ownerId, @BelongsTo(from = "ownerId") HasOne<Owner> owner,
                      @Indexed @Unique String code, @Column(name = "Label") String label,
                      Color color, @Column(json = true) @Nullable String doc,
                      @Column(precision = 12, scale = 3) BigDecimal amount, @Column(length = 20) String shortText,
                      @Nullable OffsetDateTime at, @Column(defaultValue = "true") boolean active,
                      @Column(defaultValue = "-1.5") double ratio) {
}
