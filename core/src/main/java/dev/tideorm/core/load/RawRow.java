package dev.tideorm.core.load;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of a load query as values: the entity's columns, each joined leaf's columns (null when the LEFT JOIN found
 * nothing), and for a many-to-many query the junction's key of the parent the row belongs to.
 */
record RawRow(Object[] own, @Nullable Object[][] leaves, @Nullable List<Object> group) {
}
