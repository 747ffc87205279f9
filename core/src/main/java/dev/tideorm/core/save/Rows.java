package dev.tideorm.core.save;

import dev.tideorm.core.internal.ModelAccess;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveModelBehavior;
import dev.tideorm.core.model.ActiveValue;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Records built from working copies, stored rows taken into them, and the hooks around writes. */
final class Rows {
    private Rows() {
    }

    /** Whether an UPDATE would write something: a {@code Set} column outside the primary key (keys are never SET). */
    static boolean hasWrites(ActiveModel<?, ?> work) {
        for (var c : work.meta().columns()) {
            if (!c.primaryKey() && work.get(c.index()).isSet()) {
                return true;
            }
        }
        return false;
    }

    /** The record of the working copy's values ({@code NotSet} as null, relations unloaded). */
    static Object record(ActiveModel<?, ?> work) {
        Object[] values = new Object[work.meta().columns().size()];
        for (int i = 0; i < values.length; i++) {
            ActiveValue<?> v = work.get(i);
            values[i] = v.hasValue() ? v.value() : null;
        }
        return work.meta().create(values);
    }

    /** Records {@code row} as the node's stored row and takes it into the working copy (children read keys there). */
    @SuppressWarnings("unchecked")
    static void stored(Node node, Object row) {
        node.row(row);
        ModelAccess.get().acceptWritten((ActiveModel<Object, ?>) node.work(), row);
    }

    @SuppressWarnings("unchecked")
    static ActiveModelBehavior<Object> hooks(EntityMeta<?> meta) {
        return (ActiveModelBehavior<Object>) meta.behavior();
    }

    /** {@code beforeSave} of each node's working copy, one after the other; a veto (error) stops the save. */
    @SuppressWarnings("unchecked")
    static Mono<Void> beforeSave(List<Node> nodes, boolean insert) {
        if (nodes.isEmpty() || nodes.get(0).meta().behavior() == ActiveModelBehavior.NONE) {
            return Mono.empty();
        }
        ActiveModelBehavior<Object> hooks = hooks(nodes.get(0).meta());
        return Flux.fromIterable(nodes)
                .concatMap(n -> hooks.beforeSave((ActiveModel<Object, ?>) n.work(), insert))
                .then();
    }

    /** {@code afterSave} of each written node's stored row. */
    static Mono<Void> afterSave(List<Node> nodes, boolean insert) {
        if (nodes.isEmpty() || nodes.get(0).meta().behavior() == ActiveModelBehavior.NONE) {
            return Mono.empty();
        }
        ActiveModelBehavior<Object> hooks = hooks(nodes.get(0).meta());
        return Flux.fromIterable(nodes)
                .filter(n -> n.row() != null)
                .concatMap(n -> hooks.afterSave(java.util.Objects.requireNonNull(n.row()), insert))
                .then();
    }
}
