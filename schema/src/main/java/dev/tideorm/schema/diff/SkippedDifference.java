package dev.tideorm.schema.diff;

import dev.tideorm.schema.model.ColumnDef;
import dev.tideorm.schema.model.ForeignKeyDef;
import dev.tideorm.schema.model.TableName;
import java.util.List;

/**
 * A difference between the entities and the database that sync reports but does not apply, because applying
 * it would be destructive (drop a table, a column or a foreign key; change a type, nullability or primary key) or
 * impossible. Each carries the current and the desired definition where there is one.
 */
public sealed interface SkippedDifference {
    /** The table concerned. */
    TableName table();

    /** A table in a synced schema that no registered entity maps. Never dropped. */
    record ExtraTable(TableName table) implements SkippedDifference {
        @Override
        public String toString() {
            return "table " + table + " exists but no entity maps it (tables are never dropped)";
        }
    }

    /** A column the entity does not declare. Never dropped. */
    record ExtraColumn(TableName table, ColumnDef current) implements SkippedDifference {
        @Override
        public String toString() {
            return "column " + table + "." + current.name() + " exists but the entity does not declare it"
                    + " (columns are never dropped); current: " + current;
        }
    }

    /** The column's type differs (compared by normalised type name). Never altered. */
    record ColumnTypeChanged(TableName table, ColumnDef current, ColumnDef desired) implements SkippedDifference {
        @Override
        public String toString() {
            return "column " + table + "." + desired.name() + " has type " + current.type() + ", the entity wants "
                    + desired.type() + " (types are never changed); current: " + current + "; desired: " + desired;
        }
    }

    /** The column's nullability differs. Never altered. */
    record ColumnNullabilityChanged(TableName table, ColumnDef current, ColumnDef desired)
            implements SkippedDifference {
        @Override
        public String toString() {
            return "column " + table + "." + desired.name() + " is " + (current.nullable() ? "NULL" : "NOT NULL")
                    + ", the entity wants " + (desired.nullable() ? "NULL" : "NOT NULL")
                    + " (nullability is never changed); current: " + current + "; desired: " + desired;
        }
    }

    /** The primary key columns differ. Never altered. */
    record PrimaryKeyChanged(TableName table, List<String> current, List<String> desired)
            implements SkippedDifference {
        /** Copies the lists. */
        public PrimaryKeyChanged {
            current = List.copyOf(current);
            desired = List.copyOf(desired);
        }

        @Override
        public String toString() {
            return "primary key of " + table + " is " + current + ", the entity wants " + desired
                    + " (primary keys are never changed)";
        }
    }

    /** A foreign key the entity does not declare. Never dropped. */
    record ExtraForeignKey(TableName table, ForeignKeyDef current) implements SkippedDifference {
        @Override
        public String toString() {
            return "foreign key " + current.name() + " on " + table + " exists but the entity does not declare it"
                    + " (foreign keys are never dropped); current: " + current;
        }
    }

    /** A foreign key with the desired name but other columns or target. Not replaced. */
    record ForeignKeyChanged(TableName table, ForeignKeyDef current, ForeignKeyDef desired)
            implements SkippedDifference {
        @Override
        public String toString() {
            return "foreign key " + current.name() + " on " + table + " differs in columns or target"
                    + " (not replaced); current: " + current + "; desired: " + desired;
        }
    }

    /** {@code renamedFrom} names a column that does not exist; the column is added instead. */
    record RenameSourceMissing(TableName table, String from, String to) implements SkippedDifference {
        @Override
        public String toString() {
            return "column " + table + "." + to + " is renamed from " + from + ", but " + table + "." + from
                    + " does not exist; " + to + " is added as a new column instead";
        }
    }
}
