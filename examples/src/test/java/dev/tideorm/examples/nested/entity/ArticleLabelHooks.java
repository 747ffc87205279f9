package dev.tideorm.examples.nested.entity;

import dev.tideorm.core.error.HookVetoException;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveModelBehavior;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/** Counts junction-row hooks and vetoes linking the label whose id is {@link #vetoLabel}. */
public final class ArticleLabelHooks implements ActiveModelBehavior<ArticleLabel> {
    public static final AtomicInteger BEFORE = new AtomicInteger();
    public static final AtomicInteger AFTER = new AtomicInteger();
    public static volatile @org.jspecify.annotations.Nullable UUID vetoLabel;

    @Override
    public Mono<Void> beforeSave(ActiveModel<ArticleLabel, ?> model, boolean insert) {
        BEFORE.incrementAndGet();
        ArticleLabelActiveModel link = (ArticleLabelActiveModel) model;
        return link.labelId().value() != null && link.labelId().value().equals(vetoLabel)
                ? Mono.error(new HookVetoException("label " + vetoLabel + " may not be linked"))
                : Mono.empty();
    }

    @Override
    public Mono<Void> afterSave(ArticleLabel saved, boolean insert) {
        AFTER.incrementAndGet();
        return Mono.empty();
    }
}
