package dev.tideorm.core.model;

/**
 * The write-side state of one relation of an {@link ActiveModel}: {@link ActiveOne} for a to-one relation
 * (has-one, belongs-to), {@link ActiveMany} for a to-many one (has-many, many-to-many).
 *
 * @param <T> the related entity
 */
public sealed interface RelationState<T> permits ActiveOne, ActiveMany {
    /** Whether saving would write something through this relation (visited models are not looked at again). */
    boolean isChanged(java.util.Set<ActiveModel<?, ?>> visited);
}
