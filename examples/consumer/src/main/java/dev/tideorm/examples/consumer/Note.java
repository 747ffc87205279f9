package dev.tideorm.examples.consumer;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;

/** A note: the one entity of the consumer build. The annotation processor generates {@code Note_} and
 * {@code NoteActiveModel} from it. */
@Entity(table = "note")
public record Note(@PrimaryKey Integer id, String text) {
}
