package dev.tideorm.codegen.model;

import java.util.List;

/**
 * Generated {@code findBy<Name>}/{@code filterBy<Name>}/{@code deleteBy<Name>} helpers for a unique column or a
 * named unique key.
 *
 * @param methodSuffix the {@code <Name>} part ({@code Email}, {@code Pair})
 * @param columns      the key columns, in key order
 */
public record FinderModel(String methodSuffix, List<ColumnModel> columns) {
    public FinderModel {
        columns = List.copyOf(columns);
    }
}
