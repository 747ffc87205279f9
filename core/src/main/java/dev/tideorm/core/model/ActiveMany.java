package dev.tideorm.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The write-side state of a to-many relation of an {@link ActiveModel} (SeaORM's {@code ActiveHasMany}):
 * {@code NotSet}, {@code Append(list)} (save the listed children, leave the others alone; the default) or
 * {@code Replace(list)} (the listed children become the whole set: others are deleted, orphaned, or for
 * many-to-many unlinked). Independently of the mode, children can be {@linkplain #remove removed} one by one:
 * they are deleted, orphaned or unlinked on save, whatever else the relation holds.
 *
 * <p>Items known to be linked already (loaded with the parent, or saved with it) are remembered, so saving them
 * again writes no junction row and no foreign key.
 *
 * @param <T> the related entity
 */
public final class ActiveMany<T> implements RelationState<T> {
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
    // Allocated on first use: every relation of every ActiveModel starts NotSet, most stay so (a single-row
    // insert of an entity with three to-many relations would otherwise allocate nine collections).
    private @Nullable List<ActiveModel<T, ?>> items;
    private @Nullable List<ActiveModel<T, ?>> removed;
    private @Nullable Set<ActiveModel<?, ?>> linked;

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
        m.itemList().addAll(List.copyOf(items));
        return m;
    }

    /**
     * A new {@code Replace(items)} state.
     *
     * @throws NullPointerException when {@code items} holds a null
     */
    public static <T> ActiveMany<T> replace(List<? extends ActiveModel<T, ?>> items) {
        ActiveMany<T> m = new ActiveMany<>(Mode.REPLACE);
        m.itemList().addAll(List.copyOf(items));
        return m;
    }

    /** An {@code Append(items)} state of items already linked to the parent (a loaded relation). */
    static <T> ActiveMany<T> loaded(List<? extends ActiveModel<T, ?>> items) {
        ActiveMany<T> m = append(items);
        m.linkedSet().addAll(m.itemList());
        return m;
    }

    private List<ActiveModel<T, ?>> itemList() {
        List<ActiveModel<T, ?>> l = items;
        return l != null ? l : (items = new ArrayList<>());
    }

    private List<ActiveModel<T, ?>> removedList() {
        List<ActiveModel<T, ?>> l = removed;
        return l != null ? l : (removed = new ArrayList<>());
    }

    private Set<ActiveModel<?, ?>> linkedSet() {
        Set<ActiveModel<?, ?>> l = linked;
        return l != null ? l : (linked = Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** The current state. */
    public Mode mode() {
        return mode;
    }

    /**
     * The listed children (empty for {@code NotSet}); an unmodifiable view (of the list as it is now when no
     * child was ever listed).
     */
    public List<ActiveModel<T, ?>> items() {
        return items == null ? List.of() : Collections.unmodifiableList(items);
    }

    /** The children to remove on save; an unmodifiable view. */
    public List<ActiveModel<T, ?>> removed() {
        return removed == null ? List.of() : Collections.unmodifiableList(removed);
    }

    /** Whether {@code item} is known to be linked to the parent already (loaded or saved with it). */
    public boolean isLinked(ActiveModel<?, ?> item) {
        return linked != null && linked.contains(item);
    }

    /** Adds a child; {@code NotSet} becomes {@code Append}, {@code Replace} stays {@code Replace}. */
    public void push(ActiveModel<T, ?> child) {
        Objects.requireNonNull(child, "child");
        if (mode == Mode.NOT_SET) {
            mode = Mode.APPEND;
        }
        if (removed != null) {
            removed.remove(child);
        }
        itemList().add(child);
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
        List<ActiveModel<T, ?>> list = itemList();
        list.clear();
        list.addAll(copy);
        if (removed != null) {
            removed.removeAll(copy);
        }
    }

    /**
     * Removes one child: on save it is deleted (has-many with a required foreign key), orphaned (its foreign key
     * set to NULL) or, for many-to-many, unlinked (its junction row deleted). The child must stand for an
     * existing row; it is also dropped from {@link #items()}. {@code NotSet} becomes {@code Append}.
     *
     * @throws IllegalArgumentException when the child is not persisted (there is no row to remove)
     */
    public void remove(ActiveModel<T, ?> child) {
        Objects.requireNonNull(child, "child");
        if (!child.isPersisted()) {
            throw new IllegalArgumentException("cannot remove a " + child.meta().type().getSimpleName()
                    + " that is not persisted: it has no row to delete or unlink; drop it from the list instead");
        }
        if (items != null) {
            items.removeIf(i -> i == child);
        }
        List<ActiveModel<T, ?>> gone = removedList();
        if (gone.stream().noneMatch(r -> r == child)) {
            gone.add(child);
        }
        if (mode == Mode.NOT_SET) {
            mode = Mode.APPEND;
        }
    }

    /** {@code Replace} and removals always report a change; {@code Append} when a listed child changed or is new here. */
    public boolean isChanged() {
        return isChanged(ActiveModel.newVisitedSet());
    }

    @Override
    public boolean isChanged(Set<ActiveModel<?, ?>> visited) {
        if (mode == Mode.REPLACE || (removed != null && !removed.isEmpty())) {
            return mode != Mode.NOT_SET;
        }
        if (mode == Mode.NOT_SET || items == null) {
            return false;
        }
        for (ActiveModel<T, ?> item : items) {
            if (!isLinked(item) || item.isChanged(visited)) {
                return true;
            }
        }
        return false;
    }

    /** After a successful save: the database now holds exactly what this state says, so nothing is pending. */
    void settle() {
        if (mode == Mode.REPLACE) {
            mode = Mode.APPEND;
        }
        if (removed != null) {
            removed.clear();
        }
        if (items != null && !items.isEmpty()) {
            linkedSet().addAll(items);
        }
    }

    @Override
    public String toString() {
        return mode == Mode.NOT_SET ? "NotSet" : mode + "(" + itemList().size() + " items"
                + (removed == null || removed.isEmpty() ? "" : ", " + removed.size() + " removed") + ")";
    }
}
