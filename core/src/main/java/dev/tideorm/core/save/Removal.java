package dev.tideorm.core.save;

import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.model.ActiveModel;
import java.util.List;

/**
 * Rows a save takes away from a persisted parent, found by the graph walk and done before any insert (a new
 * has-one child must not meet the old one's unique key).
 */
sealed interface Removal {
    /** The relation the rows hang from. */
    Relation<?, ?> relation();

    /** The persisted parent. */
    Node parent();

    /**
     * The parent's children through a has-one or has-many relation other than {@code keep}: orphaned where the
     * foreign key is nullable, else deleted with their own dependants (has-many Replace, has-one replacement and
     * clear).
     */
    record Detach(Relation<?, ?> relation, Node parent, List<Node> keep) implements Removal {
        public Detach {
            keep = List.copyOf(keep);
        }
    }

    /** Some persisted children ({@code remove<Child>}): orphaned or deleted like {@link Detach}. */
    record DetachOnly(Relation<?, ?> relation, Node parent, List<ActiveModel<?, ?>> children) implements Removal {
        public DetachOnly {
            children = List.copyOf(children);
        }
    }

    /** The parent's junction rows of a many-to-many relation except those to {@code keep} (Replace). */
    record Unlink(Relation<?, ?> relation, Node parent, List<Node> keep) implements Removal {
        public Unlink {
            keep = List.copyOf(keep);
        }
    }

    /** The parent's junction rows to these persisted targets ({@code remove<Child>} on a many-to-many relation). */
    record UnlinkOnly(Relation<?, ?> relation, Node parent, List<ActiveModel<?, ?>> targets) implements Removal {
        public UnlinkOnly {
            targets = List.copyOf(targets);
        }
    }
}
