package dev.tideorm.core.internal;

import dev.tideorm.core.model.ActiveModel;
import java.util.Objects;

/**
 * What the write path needs of an {@link ActiveModel} beyond its public API: taking a written row, setting
 * provenance, settling relation states after a commit, and working copies. Not API: implemented by
 * {@code ActiveModel} itself, which installs it when its class is initialised (so any caller that holds a model
 * finds it installed).
 */
public interface ModelAccess {
    /** Takes the column values of a row just written (all {@code Unchanged}) and marks the model persisted. */
    <M> void acceptWritten(ActiveModel<M, ?> model, M row);

    /** Sets whether the model stands for an existing row. */
    void setPersisted(ActiveModel<?, ?> model, boolean persisted);

    /**
     * After a committed save: has-many and many-to-many states settle (Replace becomes Append, removals are
     * forgotten, listed items count as linked), a cleared to-one becomes NotSet.
     */
    void settleRelations(ActiveModel<?, ?> model);

    /** A new model of the same class with the same column states, provenance and relation states. */
    <M> ActiveModel<M, ?> workingCopy(ActiveModel<M, ?> model);

    /** The installed implementation. */
    static ModelAccess get() {
        return Objects.requireNonNull(Holder.access, "ActiveModel is not initialised");
    }

    /** Installs the implementation; called once, by {@code ActiveModel}. */
    static void install(ModelAccess access) {
        Holder.access = access;
    }

    /** The installed instance. */
    final class Holder {
        private static volatile @org.jspecify.annotations.Nullable ModelAccess access;

        private Holder() {
        }
    }
}
