package dev.tideorm.schema.it.shapes;

import dev.tideorm.core.annotation.BelongsTo;
import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.model.HasOne;

/** In another schema, with a composite foreign key to a table of the current schema. */
@Entity(table = "ticket", schema = "tide_sync_other")
public record Ticket(@PrimaryKey Long id, Integer seatRow, Integer seatCol,
                     @BelongsTo(from = {"seatRow", "seatCol"}, to = {"row", "col"}, onDelete = ForeignKeyAction.CASCADE)
                     HasOne<SeatMap> seat) {
}
