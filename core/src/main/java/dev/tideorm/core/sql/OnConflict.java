package dev.tideorm.core.sql;

import java.util.List;

/**
 * {@code ON CONFLICT (target) DO NOTHING | DO UPDATE SET col = EXCLUDED.col, ...}.
 *
 * @param target        the conflict target columns (a unique key or the primary key)
 * @param updateColumns the columns to overwrite from the proposed row; empty means DO NOTHING
 */
public record OnConflict(List<String> target, List<String> updateColumns) {
    public OnConflict {
        target = List.copyOf(target);
        updateColumns = List.copyOf(updateColumns);
        if (target.isEmpty()) throw new IllegalArgumentException("ON CONFLICT needs at least one target column");
    }

    public static OnConflict doNothing(List<String> target) {
        return new OnConflict(target, List.of());
    }

    public static OnConflict doUpdate(List<String> target, List<String> updateColumns) {
        if (updateColumns.isEmpty()) throw new IllegalArgumentException("DO UPDATE needs at least one column");
        return new OnConflict(target, updateColumns);
    }

    public boolean doNothing() {
        return updateColumns.isEmpty();
    }
}
