package dev.tideorm.core.model;

import reactor.core.publisher.Mono;

/**
 * Lifecycle hooks of an entity (SeaORM's {@code ActiveModelBehavior}), named on the entity with
 * {@code @Entity(behavior = MyHooks.class)}; the class needs a public no-argument constructor. Each hook is
 * reactive: it may do I/O, may change the active model it is given, and vetoes the operation by emitting an
 * error (for instance a {@link dev.tideorm.core.error.HookVetoException}), which reaches the caller and rolls
 * back any surrounding transaction.
 *
 * @param <M> the entity
 */
public interface ActiveModelBehavior<M> {
    /** A behaviour with no hooks. */
    @SuppressWarnings("rawtypes")
    ActiveModelBehavior NONE = new ActiveModelBehavior() {
    };

    /** Runs before an INSERT ({@code insert == true}) or UPDATE of {@code model}. */
    default Mono<Void> beforeSave(ActiveModel<M, ?> model, boolean insert) {
        return Mono.empty();
    }

    /** Runs after the row was written; {@code saved} is the row as stored. */
    default Mono<Void> afterSave(M saved, boolean insert) {
        return Mono.empty();
    }

    /** Runs before the row of {@code model} is deleted. */
    default Mono<Void> beforeDelete(ActiveModel<M, ?> model) {
        return Mono.empty();
    }

    /** Runs after the row of {@code model} was deleted. */
    default Mono<Void> afterDelete(ActiveModel<M, ?> model) {
        return Mono.empty();
    }
}
