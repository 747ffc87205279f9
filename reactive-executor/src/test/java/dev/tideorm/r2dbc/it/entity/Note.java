package dev.tideorm.r2dbc.it.entity;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import org.jspecify.annotations.Nullable;

/** A test entity with lifecycle hooks ({@link NoteHooks}). */
@Entity(table = "note", behavior = NoteHooks.class)
public record Note(@PrimaryKey Integer id, String title, @Nullable String slug) {
}
