package dev.tideorm.schema.introspect;

import static dev.tideorm.schema.introspect.CatalogRows.requireString;

import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowReader;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.schema.diff.DiffRules;
import dev.tideorm.schema.introspect.CatalogRows.ColumnRow;
import dev.tideorm.schema.introspect.CatalogRows.ForeignKeyRow;
import dev.tideorm.schema.introspect.CatalogRows.IndexUseRow;
import dev.tideorm.schema.introspect.CatalogRows.KeyRow;
import dev.tideorm.schema.model.ColumnDef;
import dev.tideorm.schema.model.IndexKind;
import dev.tideorm.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * H2 2.x discovery through {@code INFORMATION_SCHEMA}. PRIMARY KEY and UNIQUE constraints come from
 * TABLE_CONSTRAINTS and the columns of their index; indexes from INDEXES/INDEX_COLUMNS, leaving out those a PRIMARY KEY or
 * UNIQUE constraint owns (TABLE_CONSTRAINTS.INDEX_NAME). Indexes H2 creates for foreign keys stay in as plain
 * non-unique indexes (never dropped).
 */
final class H2Introspector implements Introspector {
    /** H2's length of a {@code CHARACTER VARYING} / {@code BINARY VARYING} declared without one. */
    private static final long UNLIMITED = 1_000_000_000L;

    private static final String TABLES = "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
            + " WHERE TABLE_SCHEMA = $1 AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";

    private static final String COLUMNS = "SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE,"
            + " CAST(c.CHARACTER_MAXIMUM_LENGTH AS BIGINT), CAST(c.NUMERIC_PRECISION AS INTEGER),"
            + " CAST(c.NUMERIC_SCALE AS INTEGER), c.IS_NULLABLE, c.COLUMN_DEFAULT, c.IS_IDENTITY,"
            + " CAST(c.DATETIME_PRECISION AS INTEGER)"
            + " FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.TABLES t"
            + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
            + " WHERE c.TABLE_SCHEMA = $1 AND t.TABLE_TYPE = 'BASE TABLE'"
            + " ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION";

    /**
     * Constraint columns come from the constraint's index: after RENAME COLUMN, H2 2.4 still reports the old
     * name in KEY_COLUMN_USAGE, while INDEX_COLUMNS has the new one.
     */
    private static final String CONSTRAINTS = "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE,"
            + " ic.COLUMN_NAME, tc.INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
            + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic"
            + " ON ic.INDEX_SCHEMA = tc.INDEX_SCHEMA AND ic.INDEX_NAME = tc.INDEX_NAME"
            + " WHERE tc.TABLE_SCHEMA = $1 AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE')"
            + " ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, ic.ORDINAL_POSITION";

    private static final String INDEXES = "SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME"
            + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
            + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
            + " WHERE i.TABLE_SCHEMA = $1 AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
            + " WHERE tc.INDEX_SCHEMA = i.INDEX_SCHEMA AND tc.INDEX_NAME = i.INDEX_NAME"
            + " AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE'))"
            + " ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION";

    /**
     * KEY_COLUMN_USAGE gives the key order and the position in the referenced constraint; the names come from
     * the indexes of the foreign key and of the referenced constraint (see {@link #CONSTRAINTS}). An index H2
     * reused for the foreign key starts with its columns.
     */
    private static final String FOREIGN_KEYS = "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, fc.COLUMN_NAME,"
            + " rtc.TABLE_SCHEMA, rtc.TABLE_NAME, rcol.COLUMN_NAME, rc.DELETE_RULE, rc.UPDATE_RULE"
            + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
            + " JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc"
            + " ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
            + " ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS fc ON fc.INDEX_SCHEMA = tc.INDEX_SCHEMA"
            + " AND fc.INDEX_NAME = tc.INDEX_NAME AND fc.ORDINAL_POSITION = k.ORDINAL_POSITION"
            + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS rtc ON rtc.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA"
            + " AND rtc.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME"
            + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS rcol ON rcol.INDEX_SCHEMA = rtc.INDEX_SCHEMA"
            + " AND rcol.INDEX_NAME = rtc.INDEX_NAME AND rcol.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT"
            + " WHERE tc.TABLE_SCHEMA = $1 AND tc.CONSTRAINT_TYPE = 'FOREIGN KEY'"
            + " ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION";

    /**
     * The index each foreign key uses. H2 lets a foreign key use any index of its table that starts with its
     * columns (a unique constraint's, a unique or plain index), and then refuses to drop that index or
     * transfers the index to the foreign key when its constraint is dropped.
     */
    private static final String INDEX_USES = "SELECT TABLE_NAME, INDEX_NAME, CONSTRAINT_NAME"
            + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = $1 AND CONSTRAINT_TYPE = 'FOREIGN KEY'"
            + " AND INDEX_NAME IS NOT NULL ORDER BY TABLE_NAME, CONSTRAINT_NAME";

    /** H2's DATA_TYPE spellings are canonical; DDL spellings map onto them. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("varchar", "character varying"), Map.entry("char", "character"),
            Map.entry("varbinary", "binary varying"), Map.entry("int", "integer"), Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("int2", "smallint"), Map.entry("bool", "boolean"),
            Map.entry("double", "double precision"), Map.entry("float8", "double precision"),
            Map.entry("float", "double precision"), Map.entry("float4", "real"), Map.entry("decimal", "numeric"),
            Map.entry("clob", "character large object"), Map.entry("blob", "binary large object"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("time without time zone", "time"));

    private static final DiffRules RULES = new DiffRules() {
        @Override
        public String normalizeType(String type) {
            return TypeNames.normalize(type, SYNONYMS);
        }

        @Override
        public boolean generatedName(String table, String column, String name) {
            return DiffRules.h2GeneratedName(name);
        }
    };

    @Override
    public Mono<String> currentSchema(DbConn conn) {
        return conn.query(Statement.of("SELECT CURRENT_SCHEMA"), r -> requireString(r.get(0, String.class),
                "CURRENT_SCHEMA")).single();
    }

    @Override
    public Mono<List<TableDef>> tables(DbConn conn, String schema) {
        return CatalogRows.query(conn, TABLES, schema, r -> requireString(r.get(0, String.class), "TABLE_NAME"))
                .flatMap(tables -> tables.isEmpty() ? Mono.just(List.<TableDef>of())
                        : CatalogRows.query(conn, COLUMNS, schema, H2Introspector::column)
                        .flatMap(cols -> CatalogRows.query(conn, CONSTRAINTS, schema, H2Introspector::constraint)
                        .flatMap(cons -> CatalogRows.query(conn, INDEXES, schema, H2Introspector::index)
                        .flatMap(idx -> CatalogRows.query(conn, FOREIGN_KEYS, schema, H2Introspector::foreignKey)
                        .flatMap(fks -> CatalogRows.query(conn, INDEX_USES, schema, H2Introspector::indexUse)
                        .map(uses -> CatalogRows.assemble(schema, tables, cols, concat(cons, idx), fks, uses)))))));
    }

    @Override
    public DiffRules rules() {
        return RULES;
    }

    private static ColumnRow column(RowReader r) {
        String type = type(requireString(r.get(2, String.class), "DATA_TYPE"), r.get(3, Long.class),
                r.get(4, Integer.class), r.get(5, Integer.class), r.get(9, Integer.class));
        ColumnDef c = new ColumnDef(requireString(r.get(1, String.class), "COLUMN_NAME"), type,
                "YES".equals(r.get(6, String.class)), "YES".equals(r.get(8, String.class)), false,
                r.get(7, String.class), null);
        return new ColumnRow(requireString(r.get(0, String.class), "TABLE_NAME"), c);
    }

    /**
     * A DDL spelling of the column type: lengths added where they are not H2's unlimited default, numeric precision
     * and scale, and the fractional-second digits of times and timestamps ({@code TIME(9)},
     * {@code TIMESTAMP(9) WITH TIME ZONE}), which H2 reports in DATETIME_PRECISION.
     */
    static String type(String dataType, @Nullable Long length, @Nullable Integer precision, @Nullable Integer scale,
                       @Nullable Integer datetimePrecision) {
        return switch (dataType) {
            case "CHARACTER VARYING", "BINARY VARYING", "CHARACTER", "BINARY" ->
                    length == null || length >= UNLIMITED ? dataType : dataType + "(" + length + ")";
            case "NUMERIC", "DECIMAL" -> precision == null ? dataType
                    : dataType + "(" + precision + ", " + (scale == null ? 0 : scale) + ")";
            case "TIME", "TIMESTAMP", "TIME WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE" -> datetimePrecision == null
                    ? dataType : dataType.replaceFirst("^(TIME(?:STAMP)?)", "$1(" + datetimePrecision + ")");
            default -> dataType;
        };
    }

    private static KeyRow constraint(RowReader r) {
        boolean pk = "PRIMARY KEY".equals(r.get(2, String.class));
        return new KeyRow(requireString(r.get(0, String.class), "TABLE_NAME"),
                requireString(r.get(1, String.class), "CONSTRAINT_NAME"),
                requireString(r.get(4, String.class), "INDEX_NAME"),
                pk ? IndexKind.PRIMARY_KEY : IndexKind.UNIQUE_CONSTRAINT, true,
                requireString(r.get(3, String.class), "COLUMN_NAME"));
    }

    private static KeyRow index(RowReader r) {
        String type = requireString(r.get(2, String.class), "INDEX_TYPE_NAME");
        String name = requireString(r.get(1, String.class), "INDEX_NAME");
        return new KeyRow(requireString(r.get(0, String.class), "TABLE_NAME"), name, name, IndexKind.INDEX,
                type.equals("UNIQUE INDEX") || type.equals("PRIMARY KEY"),
                requireString(r.get(3, String.class), "COLUMN_NAME"));
    }

    private static IndexUseRow indexUse(RowReader r) {
        return new IndexUseRow(requireString(r.get(0, String.class), "TABLE_NAME"),
                requireString(r.get(1, String.class), "INDEX_NAME"),
                requireString(r.get(2, String.class), "CONSTRAINT_NAME"));
    }

    private static ForeignKeyRow foreignKey(RowReader r) {
        return new ForeignKeyRow(requireString(r.get(0, String.class), "TABLE_NAME"),
                requireString(r.get(1, String.class), "CONSTRAINT_NAME"),
                requireString(r.get(2, String.class), "COLUMN_NAME"),
                requireString(r.get(3, String.class), "TABLE_SCHEMA"),
                requireString(r.get(4, String.class), "TABLE_NAME"),
                requireString(r.get(5, String.class), "COLUMN_NAME"), action(r.get(6, String.class)),
                action(r.get(7, String.class)));
    }

    private static ForeignKeyAction action(@Nullable String rule) {
        return switch (requireString(rule, "rule")) {
            case "RESTRICT" -> ForeignKeyAction.RESTRICT;
            case "CASCADE" -> ForeignKeyAction.CASCADE;
            case "SET NULL" -> ForeignKeyAction.SET_NULL;
            case "SET DEFAULT" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
