package dev.tideorm.schema.diff;

import dev.tideorm.schema.model.ColumnDef;
import dev.tideorm.schema.model.ForeignKeyDef;
import dev.tideorm.schema.model.IndexDef;
import dev.tideorm.schema.model.TableDef;
import dev.tideorm.schema.model.TableName;
import java.util.List;

/**
 * One change schema sync applies. Every change is additive except {@link DropIndex} (a unique index or constraint
 * the entities no longer declare, or a non-unique index whose name a new index needs),
 * {@link ReplaceForeignKey} (same key, new ON DELETE / ON UPDATE actions) and {@link RenameIndex} (an existing
 * unique constraint or index adopted under the name of a unique column's constraint).
 */
public sealed interface SchemaChange {
    /** The table the change applies to. */
    TableName table();

    /**
     * {@code CREATE TABLE} with columns, primary key and the named unique constraints of unique columns
     * ({@link IndexDef#uniqueColumn}), but without foreign keys.
     */
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

    /**
     * Adopts an existing unique constraint or unique index over exactly a unique column's column under the name
     * that column's constraint should have ({@link IndexDef#uniqueColumn}, {@code idx-<table>-<column>}): for
     * example PostgreSQL's default {@code <table>_<column>_key} or H2's {@code CONSTRAINT_<n>}. It is renamed,
     * never dropped and created again, so the column stays unique throughout; the foreign keys that use the index
     * (H2) keep using it. {@link IndexDef#kind()} decides the DDL.
     *
     * @param table the table
     * @param index the constraint or index as the database has it
     * @param to    its new name
     */
    record RenameIndex(TableName table, IndexDef index, String to) implements SchemaChange {
        @Override
        public String toString() {
            return "rename " + index + " on " + table + " to " + to;
        }
    }

    /**
     * {@code CREATE [UNIQUE] INDEX}, or {@code ALTER TABLE … ADD CONSTRAINT … UNIQUE} for the constraint of a
     * unique column ({@link IndexDef#kind()} {@code UNIQUE_CONSTRAINT}).
     */
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
