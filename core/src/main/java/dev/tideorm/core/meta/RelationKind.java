package dev.tideorm.core.meta;

/** The kind of a relation between two entities. */
public enum RelationKind {
    /** This entity holds the foreign key to the target (N-1 or 1-1 owning side). */
    BELONGS_TO,
    /** The target holds a unique foreign key to this entity (1-1). */
    HAS_ONE,
    /** The target holds a foreign key to this entity (1-N). */
    HAS_MANY,
    /** Linked through a junction entity that belongs to both sides (M-N). */
    MANY_TO_MANY
}
