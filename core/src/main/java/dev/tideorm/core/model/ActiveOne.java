package dev.tideorm.core.model;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The write-side state of a to-one relation of an {@link ActiveModel} (SeaORM's {@code ActiveHasOne} /
 * {@code ActiveBelongsTo}): {@code NotSet} (leave it alone), {@code Set(model)} (save it and link it), or
 * {@code Set(null)} (detach: delete or orphan the current child, or null this row's foreign key).
 *
 * @param <T> the related entity
 */
public final class ActiveOne<T> implements RelationState<T> {
    private static final ActiveOne<?> NOT_SET = new ActiveOne<>(false, null);

    private final boolean set;
    private final @Nullable ActiveModel<T, ?> model;

    private ActiveOne(boolean set, @Nullable ActiveModel<T, ?> model) {
        this.set = set;
        this.model = model;
    }

    /** The shared {@code NotSet} state: leave the relation alone. */
    @SuppressWarnings("unchecked")
    public static <T> ActiveOne<T> notSet() {
        return (ActiveOne<T>) NOT_SET;
    }

    /** {@code Set(model)}, or {@code Set(null)} (detach) when {@code model} is null. */
    public static <T> ActiveOne<T> set(@Nullable ActiveModel<T, ?> model) {
        return new ActiveOne<>(true, model);
    }

    /** Whether this is {@code Set}, with a model or with null. */
    public boolean isSet() {
        return set;
    }

    /** The related active model, or null for {@code NotSet} and {@code Set(null)}. */
    public @Nullable ActiveModel<T, ?> model() {
        return model;
    }

    /** {@code Set(null)}: detach. */
    public boolean isCleared() {
        return set && model == null;
    }

    /** A change is reported for {@code Set(null)} and for a {@code Set(m)} whose model changed. */
    public boolean isChanged() {
        return isChanged(ActiveModel.newVisitedSet());
    }

    @Override
    public boolean isChanged(Set<ActiveModel<?, ?>> visited) {
        return set && (model == null || model.isChanged(visited));
    }

    @Override
    public String toString() {
        return !set ? "NotSet" : model == null ? "Set(null)" : "Set(" + model.meta().type().getSimpleName() + ")";
    }
}
