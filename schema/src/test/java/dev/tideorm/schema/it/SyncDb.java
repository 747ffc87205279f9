package dev.tideorm.schema.it;

import dev.tideorm.r2dbc.Database;
import dev.tideorm.test.TestDb;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TestDb} emptied for one test, with the catalog read back through {@code information_schema} (and
 * {@code pg_indexes} / {@code INFORMATION_SCHEMA.INDEXES}) on the harness's raw connection, not through TideORM.
 */
final class SyncDb {
    static final String OTHER_SCHEMA = "tide_sync_other";

    private final TestDb db;

    private SyncDb(TestDb db) {
        this.db = db;
    }

    /** Drops every table of the class's schema and the other schema, and forgets the recorded statements. */
    static SyncDb fresh(TestDb db) {
        SyncDb s = new SyncDb(db);
        s.sql("DROP SCHEMA IF EXISTS \"" + OTHER_SCHEMA + "\" CASCADE");
        for (String t : s.tables()) {
            s.sql("DROP TABLE IF EXISTS \"" + t.replace("\"", "\"\"") + "\" CASCADE");
        }
        db.statements().clear();
        return s;
    }

    Database conn() {
        return db.db();
    }

    boolean isPostgres() {
        return db.kind() == TestDb.Kind.POSTGRES;
    }

    void sql(String sql) {
        db.exec(sql);
    }

    List<List<String>> rows(String sql) {
        return db.query(sql, (row, md) -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < md.getColumnMetadatas().size(); i++) {
                Object v = row.get(i);
                out.add(v == null ? null : v.toString());
            }
            return out;
        });
    }

    List<String> column(String sql) {
        return rows(sql).stream().map(r -> r.get(0)).toList();
    }

    List<String> tables() {
        return column("SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name");
    }

    List<String> tablesIn(String schema) {
        return column("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name");
    }

    /** "name data_type NULL|NOT NULL" per column, in order. */
    List<String> columns(String table) {
        return rows("SELECT column_name, data_type, is_nullable FROM information_schema.columns"
                + " WHERE table_schema = CURRENT_SCHEMA AND table_name = '" + table + "' ORDER BY ordinal_position")
                .stream().map(r -> r.get(0) + " " + r.get(1).toLowerCase() + ("YES".equals(r.get(2)) ? " NULL" : " NOT NULL"))
                .toList();
    }

    /** "TYPE name" per PRIMARY KEY / UNIQUE / FOREIGN KEY constraint, sorted. */
    List<String> constraints(String table) {
        return rows("SELECT constraint_type, constraint_name FROM information_schema.table_constraints"
                + " WHERE table_schema = CURRENT_SCHEMA AND table_name = '" + table + "'"
                + " AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') ORDER BY constraint_type, constraint_name")
                .stream().map(r -> r.get(0) + " " + r.get(1)).toList();
    }

    /** Index names of a table, sorted (including the indexes of constraints). */
    List<String> indexes(String table) {
        return isPostgres()
                ? column("SELECT indexname FROM pg_indexes WHERE schemaname = CURRENT_SCHEMA AND tablename = '"
                        + table + "' ORDER BY indexname")
                : column("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                        + " AND TABLE_NAME = '" + table + "' ORDER BY INDEX_NAME");
    }

    /** "name DELETE_RULE UPDATE_RULE" per foreign key of a table. */
    List<String> foreignKeys(String table) {
        return rows("SELECT rc.constraint_name, rc.delete_rule, rc.update_rule"
                + " FROM information_schema.referential_constraints rc JOIN information_schema.table_constraints tc"
                + " ON tc.constraint_schema = rc.constraint_schema AND tc.constraint_name = rc.constraint_name"
                + " WHERE tc.table_schema = CURRENT_SCHEMA AND tc.table_name = '" + table + "'"
                + " ORDER BY rc.constraint_name")
                .stream().map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).toList();
    }

    /** Everything above for the given tables, to compare before and after. */
    String snapshot(String... tables) {
        StringBuilder sb = new StringBuilder(tables().toString());
        for (String t : tables) {
            sb.append('\n').append(t).append(columns(t)).append(constraints(t)).append(indexes(t))
                    .append(foreignKeys(t));
        }
        return sb.toString();
    }

    /** The SQL TideORM executed since the last call, without transaction control. */
    List<String> drainStatements() {
        List<String> out = db.statements().sql();
        db.statements().clear();
        return out;
    }
}
