package dev.tideorm.schema.diff;

import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.schema.model.ColumnDef;
import dev.tideorm.schema.model.ForeignKeyDef;
import dev.tideorm.schema.model.IndexDef;
import dev.tideorm.schema.model.IndexKind;
import dev.tideorm.schema.model.TableDef;
import dev.tideorm.schema.model.TableName;
import java.util.List;

/** Compact builders of definitions for the pure diff tests. */
final class Defs {
    private Defs() {
    }

    static ColumnDef col(String name, String type) {
        return ColumnDef.of(name, type, false);
    }

    static ColumnDef nullable(String name, String type) {
        return ColumnDef.of(name, type, true);
    }

    static ColumnDef id() {
        return col("id", "integer").withAutoIncrement(true);
    }

    static TableDef table(String name, List<ColumnDef> cols, List<String> pk) {
        return new TableDef(TableName.of(name), cols, pk, List.of(), List.of());
    }

    static TableDef live(String name, List<ColumnDef> cols, List<String> pk) {
        return new TableDef(TableName.of("public", name), cols, pk, List.of(), List.of());
    }

    static ForeignKeyDef fk(String name, String col, String refTable, String refCol) {
        return new ForeignKeyDef(name, List.of(col), TableName.of(refTable), List.of(refCol),
                ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION);
    }

    static ForeignKeyDef liveFk(String name, String col, String refTable, String refCol) {
        return new ForeignKeyDef(name, List.of(col), TableName.of("public", refTable), List.of(refCol),
                ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION);
    }

    static IndexDef constraint(String name, String... cols) {
        return new IndexDef(name, List.of(cols), true, IndexKind.UNIQUE_CONSTRAINT);
    }

    static IndexDef uniqueIndex(String name, String... cols) {
        return new IndexDef(name, List.of(cols), true, IndexKind.INDEX);
    }

    static IndexDef index(String name, String... cols) {
        return new IndexDef(name, List.of(cols), false, IndexKind.INDEX);
    }
}
