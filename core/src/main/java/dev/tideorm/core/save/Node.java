package dev.tideorm.core.save;

import dev.tideorm.core.internal.ModelAccess;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.model.ActiveModel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a save: the caller's model ({@code original}, left untouched until the transaction has committed)
 * and the working copy the save fills in (foreign keys, hook changes, the stored values). A junction row made by
 * the save has no original.
 */
final class Node {
    /** What the save does with the row. */
    enum Action { NONE, INSERT, UPDATE }

    private final int id;
    private final @Nullable ActiveModel<?, ?> original;
    /** Made on first use: a lone insert without hooks writes from the original and never needs one. */
    private @Nullable ActiveModel<?, ?> work;
    private List<KeyFlow> flows = List.of();
    private boolean walked;
    private Action action = Action.NONE;
    private int level;
    private boolean link;
    private List<dev.tideorm.core.meta.Column<?, ?>> linkKey = List.of();
    private boolean readBack;
    private @Nullable Object row;

    /** The node of the caller's model {@code original}; its working copy is made when first asked for. */
    Node(int id, ActiveModel<?, ?> original) {
        this.id = id;
        this.original = original;
    }

    /** A node with no caller's model (a junction row): {@code work} is all there is. */
    Node(int id, @Nullable ActiveModel<?, ?> original, ActiveModel<?, ?> work) {
        this.id = id;
        this.original = original;
        this.work = work;
    }

    /** The discovery order: statements list rows in this order. */
    int id() {
        return id;
    }

    @Nullable ActiveModel<?, ?> original() {
        return original;
    }

    ActiveModel<?, ?> work() {
        ActiveModel<?, ?> w = work;
        if (w == null) {
            w = ModelAccess.get().workingCopy(java.util.Objects.requireNonNull(original));
            work = w;
        }
        return w;
    }

    EntityMeta<?> meta() {
        return original != null ? original.meta() : work().meta();
    }

    /** The foreign keys this row takes from its parents. */
    /** Marks the node as walked by its graph; true the first time only. */
    boolean markWalked() {
        if (walked) {
            return false;
        }
        walked = true;
        return true;
    }

    List<KeyFlow> flows() {
        return flows;
    }

    void addFlow(KeyFlow flow) {
        if (flows.isEmpty()) {
            flows = new ArrayList<>(2);
        }
        flows.add(flow);
    }

    Action action() {
        return action;
    }

    void action(Action a) {
        this.action = a;
    }

    /** The insert level: 0 for rows that need no key generated in this save, else one more than their parents. */
    int level() {
        return level;
    }

    void level(int l) {
        this.level = l;
    }

    /** Whether this is a junction row of a many-to-many link (inserted with ON CONFLICT DO NOTHING). */
    boolean isLink() {
        return link;
    }

    /** Marks a junction row; {@code key} is the junction's key over both foreign keys (the conflict target). */
    void markLink(List<dev.tideorm.core.meta.Column<?, ?>> key) {
        this.link = true;
        this.linkKey = List.copyOf(key);
    }

    /** The conflict target of a junction row. */
    List<dev.tideorm.core.meta.Column<?, ?>> linkKey() {
        return linkKey;
    }

    /** Whether an UPDATE with nothing to write must still read the row back (an explicit {@code update()}). */
    boolean readBack() {
        return readBack;
    }

    void markReadBack() {
        this.readBack = true;
    }

    /** The row as stored, once written. */
    @Nullable Object row() {
        return row;
    }

    void row(Object r) {
        this.row = r;
    }

    /** Whether the caller's model stands for an existing row. */
    boolean persisted() {
        return original != null && original.isPersisted();
    }

    @Override
    public String toString() {
        return meta().type().getSimpleName() + "#" + id + "[" + action + (level > 0 ? "@" + level : "") + "]";
    }
}
