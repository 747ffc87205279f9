package dev.tideorm.schema.diff;

import dev.tideorm.schema.model.ColumnDef;
import dev.tideorm.schema.model.ForeignKeyDef;
import dev.tideorm.schema.model.IndexDef;
import dev.tideorm.schema.model.TableDef;
import dev.tideorm.schema.model.TableName;
import java.util.List;

/**
 * One change schema sync applies. Every change is additive except {@link DropIndex} (a unique index or constraint
 * the entities no longer declare, or a non-unique index whose name a new index needs) and
 * {@link ReplaceForeignKey} (same key, new ON DELETE / ON UPDATE actions).
 */
public sealed interface SchemaChange {
    /** The table the change applies to. */
    TableName table();

    /** {@code CREATE TABLE} with columns, primary key and inline UNIQUE, but without foreign keys. */
    record CreateTable(TableDef definition) implements SchemaChange {
        @Override
        public TableName table() {
            return definition.name();
        }

        @Override
        public String toString() {
            return "create table " + definition.name();
        }
    }

    /** {@code RENAME COLUMN from TO to}, keeping the data ({@code renamedFrom}). */
    record RenameColumn(TableName table, String from, String to) implements SchemaChange {
        @Override
        public String toString() {
            return "rename column " + table + "." + from + " to " + to;
        }
    }

    /**
     * {@code ADD COLUMN}. {@code requiresEmptyTable} is set for a NOT NULL column without default or identity:
     * the planner refuses it when the table has rows.
     */
    record AddColumn(TableName table, ColumnDef column, boolean requiresEmptyTable) implements SchemaChange {
        @Override
        public String toString() {
            return "add column " + table + "." + column;
        }
    }

    /**
     * Drops an index or unique constraint; {@link IndexDef#kind()} decides the DDL. {@code foreignKeys} are the
     * foreign keys that use the index ({@link IndexDef#foreignKeys()}, H2 only): each is dropped before the index
     * and added again after it, as its entity now declares it (or unchanged when no entity declares it), so
     * foreign keys are never lost.
     *
     * @param table       the table
     * @param index       the index or constraint to drop
     * @param foreignKeys the foreign keys re-created around the drop, in order
     */
    record DropIndex(TableName table, IndexDef index, List<ReplaceForeignKey> foreignKeys) implements SchemaChange {
        /** Copies the list. */
        public DropIndex {
            foreignKeys = List.copyOf(foreignKeys);
        }

        /** Drops an index no foreign key uses. */
        public DropIndex(TableName table, IndexDef index) {
            this(table, index, List.of());
        }

        @Override
        public String toString() {
            return "drop " + index + " on " + table + (foreignKeys.isEmpty() ? "" : ", re-creating the foreign keys "
                    + foreignKeys.stream().map(f -> f.current().name()).toList() + " that use it");
        }
    }

    /** {@code CREATE [UNIQUE] INDEX}. */
    record CreateIndex(TableName table, IndexDef index) implements SchemaChange {
        @Override
        public String toString() {
            return "create " + index + " on " + table;
        }
    }

    /** {@code ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY}. */
    record AddForeignKey(TableName table, ForeignKeyDef foreignKey) implements SchemaChange {
        @Override
        public String toString() {
            return "add foreign key " + foreignKey + " on " + table;
        }
    }

    /**
     * Drops {@code current} and adds {@code desired}: same columns and target, changed actions (or name).
     *
     * @param table   the table
     * @param current the foreign key as the database has it
     * @param desired the foreign key as the entity declares it
     */
    record ReplaceForeignKey(TableName table, ForeignKeyDef current, ForeignKeyDef desired) implements SchemaChange {
        @Override
        public String toString() {
            return "replace foreign key " + current + " with " + desired + " on " + table;
        }
    }
}
