package dev.tideorm.schema.model;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
import dev.tideorm.core.meta.UniqueKeyMeta;
import dev.tideorm.core.sql.SqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Derives the desired {@link TableDef} of an entity for a dialect. Pure. Naming follows SeaORM:
 * {@code fk-<table>-<col1>[-<col2>]} (unless {@code fkName}), {@code idx-<table>-<column>} for indexed columns and
 * for the unique constraint of a {@code @Unique} column ({@link IndexDef#uniqueColumn}), {@code idx-<table>-<key>}
 * for {@code @UniqueKey}s.
 *
 * <p>{@code defaultValue} is a literal and never reaches the DDL as SQL: a number is used as written for a numeric
 * column, {@code true} / {@code false} for a boolean column; a single well-formed quoted literal ({@code 'draft'})
 * stands for its text; anything else is text ({@code it's}). Text becomes the dialect's string literal
 * ({@link Dialect#stringLiteral}): {@code 'it''s'}, and on PostgreSQL {@code E'a\\b'} for a text with a backslash,
 * so that it means the same whatever {@code standard_conforming_strings} is.
 *
 * <p>{@code defaultExpr} is SQL and is used verbatim, by design ({@code CURRENT_TIMESTAMP}, {@code now()},
 * {@code gen_random_uuid()}): it is part of the trusted source code like any other DDL, and must never be built
 * from user input.
 */
public final class EntityTables {
    /** A decimal number, optionally signed, with an optional exponent: {@code -1}, {@code 2.50}, {@code 1e3}. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** Exactly one SQL string literal: quotes inside are doubled. */
    private static final Pattern STRING_LITERAL = Pattern.compile("'([^']|'')*'");

    private EntityTables() {
    }

    /** The desired tables of {@code entities}, in the given order. */
    public static List<TableDef> of(List<? extends EntityMeta<?>> entities, Dialect dialect) {
        List<TableDef> out = new ArrayList<>(entities.size());
        for (EntityMeta<?> e : entities) {
            out.add(of(e, dialect));
        }
        return out;
    }

    /** The desired table of one entity. */
    public static TableDef of(EntityMeta<?> entity, Dialect dialect) {
        String table = entity.table();
        List<String> pk = entity.primaryKey().stream().map(Column::name).toList();
        List<ColumnDef> columns = new ArrayList<>();
        List<IndexDef> indexes = new ArrayList<>();
        for (Column<?, ?> c : entity.columns()) {
            boolean soleKey = pk.equals(List.of(c.name()));
            columns.add(new ColumnDef(c.name(), dialect.columnTypeSql(c.columnType()),
                    c.nullable() && !c.primaryKey(), c.autoIncrement(), c.unique() && !soleKey,
                    defaultSql(c, dialect), c.renamedFrom()));
            if (c.indexed() && !c.unique() && !soleKey) {
                indexes.add(IndexDef.index("idx-" + table + "-" + c.name(), List.of(c.name()), false));
            }
        }
        for (UniqueKeyMeta k : entity.uniqueKeys()) {
            indexes.add(IndexDef.index("idx-" + table + "-" + k.name(), columnNames(entity, k.columns()), true));
        }
        indexes.addAll(foreignKeyIndexes(entity, pk, indexes));
        return new TableDef(name(entity), columns, pk, indexes, foreignKeys(entity));
    }

    /**
     * An index {@code idx-<table>-<cols>} for every belongs-to whose columns no primary key, unique column, unique
     * key or index already leads with: the loader and cascade delete look rows up by foreign key
     * ({@code fk = ANY($1)}), and PostgreSQL does not index foreign keys by itself.
     */
    private static List<IndexDef> foreignKeyIndexes(EntityMeta<?> entity, List<String> pk, List<IndexDef> declared) {
        List<List<String>> leading = new ArrayList<>();
        leading.add(pk);
        declared.forEach(i -> leading.add(i.columns()));
        for (Column<?, ?> c : entity.columns()) {
            if (c.unique()) {
                leading.add(List.of(c.name()));
            }
        }
        List<IndexDef> out = new ArrayList<>();
        for (Relation<?, ?> r : entity.relations()) {
            List<String> fk = r.fromColumns();
            if (r.kind() != RelationKind.BELONGS_TO || fk.isEmpty()
                    || leading.stream().anyMatch(cols -> cols.size() >= fk.size() && cols.subList(0, fk.size()).equals(fk))) {
                continue;
            }
            out.add(IndexDef.index("idx-" + entity.table() + "-" + String.join("-", fk), fk, false));
            leading.add(fk);
        }
        return out;
    }

    /** The table name of an entity. */
    public static TableName name(EntityMeta<?> entity) {
        return TableName.of(entity.schema(), entity.table());
    }

    private static List<ForeignKeyDef> foreignKeys(EntityMeta<?> entity) {
        Map<String, ForeignKeyDef> out = new LinkedHashMap<>();
        for (Relation<?, ?> r : entity.relations()) {
            if (r.kind() != RelationKind.BELONGS_TO) {
                continue;
            }
            EntityMeta<?> target = r.target();
            List<String> refColumns = r.toColumns().isEmpty()
                    ? target.primaryKey().stream().map(Column::name).toList()
                    : r.toColumns();
            String name = r.fkName() != null ? r.fkName()
                    : "fk-" + entity.table() + "-" + String.join("-", r.fromColumns());
            out.putIfAbsent(name, new ForeignKeyDef(name, r.fromColumns(), name(target), refColumns,
                    r.onDelete(), r.onUpdate()));
        }
        return List.copyOf(out.values());
    }

    /** Unique key members may be given as column or component names; both resolve to column names. */
    private static List<String> columnNames(EntityMeta<?> entity, List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            String resolved = entity.column(n).map(Column::name).orElseGet(() -> entity.columns().stream()
                    .filter(c -> c.field().equals(n)).map(Column::name).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unique key of " + entity.table()
                            + " names unknown column " + n)));
            out.add(resolved);
        }
        return out;
    }

    private static @Nullable String defaultSql(Column<?, ?> c, Dialect dialect) {
        if (c.defaultExpr() != null && !c.defaultExpr().isEmpty()) {
            return c.defaultExpr();
        }
        String v = c.defaultValue();
        if (v == null || v.isEmpty()) {
            return null;
        }
        return literal(v, c.columnType().kind(), dialect);
    }

    /**
     * The SQL literal of a {@code defaultValue}. Never passes SQL through: a number is used as written only for a
     * numeric column and {@code true} / {@code false} only for a boolean column; a value that is one well-formed
     * string literal ({@code 'it''s'}) stands for its text ({@code it's}); anything else is text. Text is written
     * as {@code dialect}'s string literal; the database then converts it to the column's type, or rejects it.
     */
    static String literal(String v, SqlType kind, Dialect dialect) {
        boolean verbatim = switch (kind) {
            case SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> NUMBER.matcher(v).matches();
            case BOOLEAN -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
            default -> false;
        };
        if (verbatim) {
            return v;
        }
        String text = STRING_LITERAL.matcher(v).matches() ? v.substring(1, v.length() - 1).replace("''", "'") : v;
        return dialect.stringLiteral(text);
    }
}
