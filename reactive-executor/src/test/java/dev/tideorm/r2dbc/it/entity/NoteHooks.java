package dev.tideorm.r2dbc.it.entity;

import dev.tideorm.core.error.HookVetoException;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveModelBehavior;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/**
 * Hooks of {@link Note}: {@code beforeSave} derives the slug from the title (changing the model), vetoes the
 * title "forbidden", and every hook records its call in {@link #CALLS}.
 */
public final class NoteHooks implements ActiveModelBehavior<Note> {
    /** The calls seen, as "beforeSave(insert)", "afterSave(update) 3", ... */
    public static final List<String> CALLS = new CopyOnWriteArrayList<>();

    @Override
    public Mono<Void> beforeSave(ActiveModel<Note, ?> model, boolean insert) {
        return Mono.defer(() -> {
            CALLS.add("beforeSave(" + (insert ? "insert" : "update") + ")");
            if (model.get(Note_.TITLE).isSet()) {
                String title = model.get(Note_.TITLE).value();
                if ("forbidden".equals(title)) {
                    return Mono.error(new HookVetoException("title 'forbidden' is not allowed"));
                }
                model.set(Note_.SLUG, title == null ? null : title.toLowerCase().replace(' ', '-'));
            }
            return Mono.empty();
        });
    }

    @Override
    public Mono<Void> afterSave(Note saved, boolean insert) {
        return Mono.fromRunnable(() -> CALLS.add("afterSave(" + (insert ? "insert" : "update") + ") " + saved.id()));
    }

    @Override
    public Mono<Void> beforeDelete(ActiveModel<Note, ?> model) {
        return Mono.defer(() -> {
            CALLS.add("beforeDelete " + model.get(Note_.ID).value());
            return "keep".equals(model.get(Note_.TITLE).hasValue() ? model.get(Note_.TITLE).value() : null)
                    ? Mono.error(new HookVetoException("notes titled 'keep' cannot be deleted"))
                    : Mono.empty();
        });
    }

    @Override
    public Mono<Void> afterDelete(ActiveModel<Note, ?> model) {
        return Mono.fromRunnable(() -> CALLS.add("afterDelete " + model.get(Note_.ID).value()));
    }
}
