package dev.tideorm.schema.it.uniq.v2;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;
import dev.tideorm.core.annotation.UniqueKey;

/** name unique (a named constraint added to an existing table), (team, seat) a unique key. */
@Entity(table = "member")
@UniqueKey(name = "team_seat", columns = {"team", "seat"})
public record Member(@PrimaryKey Integer id, @Unique String name, String email, String team, Integer seat) {
}
