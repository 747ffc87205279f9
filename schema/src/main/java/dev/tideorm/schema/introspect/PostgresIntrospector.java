package dev.tideorm.schema.introspect;

import static dev.tideorm.schema.introspect.CatalogRows.requireString;

import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowReader;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.schema.diff.DiffRules;
import dev.tideorm.schema.introspect.CatalogRows.ColumnRow;
import dev.tideorm.schema.introspect.CatalogRows.ForeignKeyRow;
import dev.tideorm.schema.introspect.CatalogRows.KeyRow;
import dev.tideorm.schema.model.ColumnDef;
import dev.tideorm.schema.model.IndexKind;
import dev.tideorm.schema.model.TableDef;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * PostgreSQL discovery through {@code pg_catalog}. Unique constraints and unique indexes are told apart by
 * {@code pg_constraint.conindid}: an index backing a {@code u} constraint is reported as the constraint.
 */
final class PostgresIntrospector implements Introspector {
    private static final String TABLES = "SELECT c.relname FROM pg_catalog.pg_class c"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname";

    private static final String COLUMNS = "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
            + " a.attnotnull, pg_get_expr(d.adbin, d.adrelid),"
            + " (a.attidentity <> '' OR COALESCE(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%')"
            + " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
            + " ORDER BY c.relname, a.attnum";

    /** Every index with the constraint it backs, if any; partial and expression indexes are left out. */
    private static final String INDEXES = "SELECT t.relname, i.relname, ix.indisunique,"
            + " COALESCE(con.contype::text, ''), a.attname"
            + " FROM pg_catalog.pg_index ix JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid"
            + " JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace"
            + " CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
            + " LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = ix.indexrelid"
            + " AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u')"
            + " WHERE n.nspname = $1 AND t.relkind IN ('r', 'p') AND ix.indpred IS NULL AND ix.indexprs IS NULL"
            + " AND k.ord <= ix.indnkeyatts"
            + " ORDER BY t.relname, i.relname, k.ord";

    private static final String FOREIGN_KEYS = "SELECT c.relname, con.conname, a.attname, rn.nspname, rc.relname,"
            + " ra.attname, con.confdeltype::text, con.confupdtype::text"
            + " FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refattnum, ord)"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum"
            + " JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid"
            + " JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace"
            + " JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refattnum"
            + " WHERE n.nspname = $1 AND con.contype = 'f'"
            + " ORDER BY c.relname, con.conname, k.ord";

    /** {@code format_type} spellings are canonical; DDL spellings map onto them. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("varchar", "character varying"), Map.entry("char", "character"),
            Map.entry("bpchar", "character"), Map.entry("int", "integer"), Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("int2", "smallint"), Map.entry("bool", "boolean"),
            Map.entry("float8", "double precision"), Map.entry("float4", "real"), Map.entry("decimal", "numeric"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("time", "time without time zone"),
            Map.entry("timetz", "time with time zone"));

    /** {@code NAMEDATALEN - 1}: longer identifiers are truncated (with a NOTICE). */
    private static final int MAX_IDENTIFIER_BYTES = 63;

    private static final DiffRules RULES = new DiffRules() {
        @Override
        public String normalizeType(String type) {
            return TypeNames.normalize(type, SYNONYMS);
        }

        @Override
        public String identifier(String name) {
            return DiffRules.truncateUtf8(name, MAX_IDENTIFIER_BYTES);
        }

        @Override
        public boolean generatedName(String table, String column, String name) {
            return DiffRules.postgresGeneratedName(table, column, name, MAX_IDENTIFIER_BYTES);
        }
    };

    @Override
    public Mono<String> currentSchema(DbConn conn) {
        return conn.query(Statement.of("SELECT current_schema()"), r -> requireString(r.get(0, String.class),
                "current_schema()")).single();
    }

    @Override
    public Mono<List<TableDef>> tables(DbConn conn, String schema) {
        return CatalogRows.query(conn, TABLES, schema, r -> requireString(r.get(0, String.class), "relname"))
                .flatMap(tables -> tables.isEmpty() ? Mono.just(List.<TableDef>of())
                        : CatalogRows.query(conn, COLUMNS, schema, PostgresIntrospector::column)
                        .flatMap(cols -> CatalogRows.query(conn, INDEXES, schema, PostgresIntrospector::key)
                        .flatMap(keys -> CatalogRows.query(conn, FOREIGN_KEYS, schema, PostgresIntrospector::foreignKey)
                        .map(fks -> CatalogRows.assemble(schema, tables, cols, keys, fks, List.of())))));
    }

    @Override
    public DiffRules rules() {
        return RULES;
    }

    private static ColumnRow column(RowReader r) {
        ColumnDef c = new ColumnDef(requireString(r.get(1, String.class), "attname"),
                requireString(r.get(2, String.class), "format_type"), !Boolean.TRUE.equals(r.get(3, Boolean.class)),
                Boolean.TRUE.equals(r.get(5, Boolean.class)), false, r.get(4, String.class), null);
        return new ColumnRow(requireString(r.get(0, String.class), "relname"), c);
    }

    private static KeyRow key(RowReader r) {
        String contype = requireString(r.get(3, String.class), "contype");
        IndexKind kind = switch (contype) {
            case "p" -> IndexKind.PRIMARY_KEY;
            case "u" -> IndexKind.UNIQUE_CONSTRAINT;
            default -> IndexKind.INDEX;
        };
        String index = requireString(r.get(1, String.class), "index name");
        return new KeyRow(requireString(r.get(0, String.class), "relname"), index, index, kind,
                Boolean.TRUE.equals(r.get(2, Boolean.class)), requireString(r.get(4, String.class), "attname"));
    }

    private static ForeignKeyRow foreignKey(RowReader r) {
        return new ForeignKeyRow(requireString(r.get(0, String.class), "relname"),
                requireString(r.get(1, String.class), "conname"), requireString(r.get(2, String.class), "attname"),
                requireString(r.get(3, String.class), "nspname"), requireString(r.get(4, String.class), "relname"),
                requireString(r.get(5, String.class), "attname"), action(r.get(6, String.class)),
                action(r.get(7, String.class)));
    }

    private static ForeignKeyAction action(@Nullable String code) {
        return switch (requireString(code, "action")) {
            case "r" -> ForeignKeyAction.RESTRICT;
            case "c" -> ForeignKeyAction.CASCADE;
            case "n" -> ForeignKeyAction.SET_NULL;
            case "d" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }
}
