package dev.tideorm.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The write-side state of a to-many relation of an {@link ActiveModel} (SeaORM's {@code ActiveHasMany}):
 * {@code NotSet}, {@code Append(list)} (save the listed children, leave the others alone; the default) or
 * {@code Replace(list)} (the listed children become the whole set: others are deleted, orphaned, or for
 * many-to-many unlinked).
 *
 * @param <T> the related entity
 */
public final class ActiveMany<T> {
    /** The three states. */
    public enum Mode {
        /** Leave the relation alone. */
        NOT_SET,
        /** Save the listed children and leave the others alone. */
        APPEND,
        /** The listed children become the whole set. */
        REPLACE
    }

    private Mode mode;
    private final List<ActiveModel<T, ?>> items = new ArrayList<>();

    private ActiveMany(Mode mode) {
        this.mode = mode;
    }

    /** A new {@code NotSet} state (each call gives its own instance, since the state is mutable). */
    public static <T> ActiveMany<T> notSet() {
        return new ActiveMany<>(Mode.NOT_SET);
    }

    /**
     * A new {@code Append(items)} state.
     *
     * @throws NullPointerException when {@code items} holds a null
     */
    public static <T> ActiveMany<T> append(List<? extends ActiveModel<T, ?>> items) {
        ActiveMany<T> m = new ActiveMany<>(Mode.APPEND);
        m.items.addAll(List.copyOf(items));
        return m;
    }

    /**
     * A new {@code Replace(items)} state.
     *
     * @throws NullPointerException when {@code items} holds a null
     */
    public static <T> ActiveMany<T> replace(List<? extends ActiveModel<T, ?>> items) {
        ActiveMany<T> m = new ActiveMany<>(Mode.REPLACE);
        m.items.addAll(List.copyOf(items));
        return m;
    }

    /** The current state. */
    public Mode mode() {
        return mode;
    }

    /** The listed children (empty for {@code NotSet}); an unmodifiable view. */
    public List<ActiveModel<T, ?>> items() {
        return Collections.unmodifiableList(items);
    }

    /** Adds a child; {@code NotSet} becomes {@code Append}, {@code Replace} stays {@code Replace}. */
    public void push(ActiveModel<T, ?> child) {
        Objects.requireNonNull(child, "child");
        if (mode == Mode.NOT_SET) {
            mode = Mode.APPEND;
        }
        items.add(child);
    }

    /**
     * Makes the listed children the whole set. {@code children} may be a view of this relation's own
     * {@link #items()}; it is copied before the list is cleared.
     *
     * @throws NullPointerException when {@code children} holds a null
     */
    public void replaceAll(List<? extends ActiveModel<T, ?>> children) {
        List<ActiveModel<T, ?>> copy = List.copyOf(children);
        mode = Mode.REPLACE;
        items.clear();
        items.addAll(copy);
    }

    /** {@code Replace} always reports a change; {@code Append} when a listed child changed. */
    public boolean isChanged() {
        return switch (mode) {
            case NOT_SET -> false;
            case REPLACE -> true;
            case APPEND -> items.stream().anyMatch(ActiveModel::isChanged);
        };
    }

    @Override
    public String toString() {
        return mode == Mode.NOT_SET ? "NotSet" : mode + items.toString();
    }
}
