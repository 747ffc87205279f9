package dev.tideorm.core.save;

import dev.tideorm.core.meta.Column;
import java.util.List;

/**
 * A foreign key to fill in before a node is written: the values of {@code parentColumns} in {@code parent}
 * (its key, generated or not) go into {@code childColumns} of the child that holds this flow.
 */
record KeyFlow(Node parent, List<Column<?, ?>> parentColumns, List<Column<?, ?>> childColumns) {
    KeyFlow {
        parentColumns = List.copyOf(parentColumns);
        childColumns = List.copyOf(childColumns);
    }

    /** Copies the parent's current key into the child (an equal {@code Unchanged} value stays unchanged). */
    void apply(Node child) {
        List<Object> key = Values.key(parent.work(), parentColumns);
        for (int i = 0; i < childColumns.size(); i++) {
            Values.setIfNotEqual(child.work(), childColumns.get(i), key.get(i));
        }
    }
}
