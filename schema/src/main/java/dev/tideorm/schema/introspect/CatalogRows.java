package dev.tideorm.schema.introspect;

import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import dev.tideorm.schema.model.ColumnDef;
import dev.tideorm.schema.model.ForeignKeyDef;
import dev.tideorm.schema.model.IndexDef;
import dev.tideorm.schema.model.IndexKind;
import dev.tideorm.schema.model.TableDef;
import dev.tideorm.schema.model.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Catalog rows as both introspectors read them (one row per key column, in key order), and their assembly into
 * {@link TableDef}s.
 */
final class CatalogRows {
    private CatalogRows() {
    }

    record ColumnRow(String table, ColumnDef column) {
    }

    /**
     * One column of an index or PRIMARY KEY / UNIQUE constraint. {@code name} is the constraint's name for a
     * constraint, {@code index} always the physical index's.
     */
    record KeyRow(String table, String name, String index, IndexKind kind, boolean unique, String column) {
    }

    /** A foreign key constraint that uses an index of its table (H2 only). */
    record IndexUseRow(String table, String index, String foreignKey) {
    }

    /** One column pair of a foreign key. */
    record ForeignKeyRow(String table, String name, String column, String refSchema, String refTable,
                         String refColumn, ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
    }

    static List<TableDef> assemble(String schema, List<String> tables, List<ColumnRow> columns,
                                   List<KeyRow> keys, List<ForeignKeyRow> fks, List<IndexUseRow> uses) {
        List<TableDef> out = new ArrayList<>(tables.size());
        for (String table : tables) {
            List<String> pk = new ArrayList<>();
            Map<String, IndexDef> indexes = new LinkedHashMap<>();
            for (KeyRow k : keys) {
                if (!k.table().equals(table)) {
                    continue;
                }
                if (k.kind() == IndexKind.PRIMARY_KEY) {
                    pk.add(k.column());
                } else {
                    indexes.merge(k.name(), new IndexDef(k.name(), List.of(k.column()), k.unique(), k.kind(),
                                    users(table, k.index(), uses)),
                            (a, b) -> a.withColumns(concat(a.columns(), b.columns())));
                }
            }
            List<ColumnDef> cols = new ArrayList<>();
            for (ColumnRow c : columns) {
                if (c.table().equals(table)) {
                    boolean unique = indexes.values().stream()
                            .anyMatch(i -> i.unique() && i.columns().equals(List.of(c.column().name())));
                    cols.add(c.column().withUnique(unique));
                }
            }
            out.add(new TableDef(TableName.of(schema, table), cols, pk, List.copyOf(indexes.values()),
                    foreignKeys(table, fks)));
        }
        return out;
    }

    private static List<String> users(String table, String index, List<IndexUseRow> uses) {
        return uses.stream().filter(u -> u.table().equals(table) && u.index().equals(index))
                .map(IndexUseRow::foreignKey).toList();
    }

    private static List<ForeignKeyDef> foreignKeys(String table, List<ForeignKeyRow> rows) {
        Map<String, ForeignKeyDef> out = new LinkedHashMap<>();
        for (ForeignKeyRow r : rows) {
            if (!r.table().equals(table)) {
                continue;
            }
            ForeignKeyDef one = new ForeignKeyDef(r.name(), List.of(r.column()), TableName.of(r.refSchema(),
                    r.refTable()), List.of(r.refColumn()), r.onDelete(), r.onUpdate());
            out.merge(r.name(), one, (a, b) -> a.withColumns(concat(a.columns(), b.columns()),
                    concat(a.refColumns(), b.refColumns())));
        }
        return List.copyOf(out.values());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Runs a catalog query with the schema name bound to {@code $1}. */
    static <T> Mono<List<T>> query(DbConn conn, String sql, String schema, RowMapper<T> mapper) {
        return conn.query(Statement.raw(sql, List.of(Value.of(schema))), mapper).collectList();
    }

    static String requireString(@Nullable String s, String what) {
        if (s == null) {
            throw new IllegalStateException("catalog returned NULL for " + what);
        }
        return s;
    }
}
