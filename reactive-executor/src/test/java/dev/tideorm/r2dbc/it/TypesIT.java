package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.QueryException;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.SqlType;
import dev.tideorm.core.sql.Value;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import reactor.test.StepVerifier;

/** Binding and reading every built-in type through raw SQL, with lossless conversions. */
class TypesIT {
    private static final UUID ID = UUID.fromString("0d9c1a4e-6a53-4c4e-9a51-2a5f0d1a7e11");
    private static final OffsetDateTime TSTZ = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.ofHours(2));

    private static void gadgets(TestDb db) {
        String[] types = {"INTEGER", "BIGINT", "SMALLINT", "DOUBLE", "REAL", "DECIMAL", "VARCHAR", "BOOLEAN", "UUID",
            "DATE", "TIME", "TIMESTAMP", "TIMESTAMP_TZ", "BINARY", "JSON"};
        String[] names = {"i", "b", "s", "d", "r", "n", "t", "flag", "u", "dt", "tm", "ts", "tstz", "bin", "doc"};
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"gadget\" (\"id\" " + Fixtures.serial(db) + " PRIMARY KEY");
        for (int i = 0; i < names.length; i++) {
            SqlType t = SqlType.valueOf(types[i]);
            ColumnType ct = t == SqlType.DECIMAL ? ColumnType.decimal(10, 2)
                    : t == SqlType.VARCHAR ? ColumnType.varchar(100) : ColumnType.of(t);
            ddl.append(", \"").append(names[i]).append("\" ").append(db.dialect().columnTypeSql(ct));
        }
        db.exec("DROP TABLE IF EXISTS \"gadget\"", ddl.append(')').toString());
    }

    private static String insertSql(TestDb db) {
        String json = db.kind() == TestDb.Kind.POSTGRES ? "CAST($15 AS jsonb)" : "$15 FORMAT JSON";
        return "INSERT INTO \"gadget\" (\"i\", \"b\", \"s\", \"d\", \"r\", \"n\", \"t\", \"flag\", \"u\", \"dt\", \"tm\", "
                + "\"ts\", \"tstz\", \"bin\", \"doc\") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, "
                + json + ")";
    }

    @DbTest
    void everyBuiltInTypeRoundTrips(TestDb db) {
        gadgets(db);
        RawQuery.sql(insertSql(db), 7, 9_000_000_000L, (short) 3, 2.5d, 1.5f, new BigDecimal("12.30"), "text", true, ID,
                        LocalDate.of(2024, 2, 29), LocalTime.of(12, 34, 56), LocalDateTime.of(2024, 1, 2, 3, 4, 5),
                        TSTZ.toInstant(), new byte[]{1, 2, 3, (byte) 0xff}, Value.of("{\"a\": [1, 2]}"))
                .exec(db.db())
                .as(StepVerifier::create).expectNext(1L).verifyComplete();

        RawQuery.sql("SELECT \"i\", \"b\", \"s\", \"d\", \"r\", \"n\", \"t\", \"flag\", \"u\", \"dt\", \"tm\", \"ts\", "
                        + "\"tstz\", \"bin\", \"doc\" FROM \"gadget\"")
                .map(row -> List.of(
                        row.get(0, Integer.class), row.get(0, Long.class), row.get(0, BigDecimal.class),
                        row.get(1, Long.class), row.get(2, Short.class), row.get(2, Integer.class),
                        row.get(3, Double.class), row.get(4, Float.class), row.get(4, Double.class),
                        row.get(5, BigDecimal.class), row.get(6, String.class), row.get(7, Boolean.class),
                        row.get(8, UUID.class), row.get(9, LocalDate.class), row.get(10, LocalTime.class),
                        row.get(11, LocalDateTime.class), row.get(12, Instant.class),
                        row.get(12, OffsetDateTime.class).toInstant(), Arrays.toString(row.get(13, byte[].class)),
                        row.get(14, String.class).replace(" ", "")))
                .one(db.db())
                .as(StepVerifier::create)
                .assertNext(values -> assertThat(values).containsExactly(
                        7, 7L, new BigDecimal(7), 9_000_000_000L, (short) 3, 3, 2.5d, 1.5f, 1.5d,
                        new BigDecimal("12.30"), "text", true, ID, LocalDate.of(2024, 2, 29), LocalTime.of(12, 34, 56),
                        LocalDateTime.of(2024, 1, 2, 3, 4, 5), TSTZ.toInstant(), TSTZ.toInstant(), "[1, 2, 3, -1]",
                        "{\"a\":[1,2]}"))
                .verifyComplete();
    }

    @DbTest
    void typedNullsBindAndReadAsNull(TestDb db) {
        gadgets(db);
        Class<?>[] types = {Integer.class, Long.class, Short.class, Double.class, Float.class, BigDecimal.class,
            String.class, Boolean.class, UUID.class, LocalDate.class, LocalTime.class, LocalDateTime.class,
            Instant.class, byte[].class, String.class};
        SqlType[] sqlTypes = {SqlType.INTEGER, SqlType.BIGINT, SqlType.SMALLINT, SqlType.DOUBLE, SqlType.REAL,
            SqlType.DECIMAL, SqlType.VARCHAR, SqlType.BOOLEAN, SqlType.UUID, SqlType.DATE, SqlType.TIME,
            SqlType.TIMESTAMP, SqlType.TIMESTAMP_TZ, SqlType.BINARY, SqlType.JSON};
        Object[] nulls = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            nulls[i] = Value.nullOf(types[i], sqlTypes[i]);
        }
        RawQuery.sql(insertSql(db), nulls).exec(db.db()).as(StepVerifier::create).expectNext(1L).verifyComplete();

        RawQuery.sql("SELECT \"i\", \"b\", \"n\", \"t\", \"u\", \"tstz\", \"bin\", \"doc\" FROM \"gadget\"")
                .map(row -> Arrays.asList(row.get(0, Long.class), row.get(1, Integer.class), row.get(2, Long.class),
                        row.get(3, String.class), row.get(4, UUID.class), row.get(5, Instant.class),
                        row.get(6, byte[].class), row.get(7, String.class)))
                .one(db.db())
                .as(StepVerifier::create)
                .assertNext(values -> assertThat(values).containsOnlyNulls().hasSize(8))
                .verifyComplete();
    }

    @DbTest
    void largeObjectsReadAsTextAndBytes(TestDb db) {
        String sql = db.kind() == TestDb.Kind.H2
                ? "SELECT CAST('long text' AS CLOB), CAST(X'0102ff' AS BLOB)"          // io.r2dbc.spi.Clob / Blob
                : "SELECT CAST('long text' AS TEXT), CAST('\\x0102ff' AS BYTEA)";       // String / ByteBuffer
        RawQuery.sql(sql)
                .map(row -> row.get(0, String.class) + " " + Arrays.toString(row.get(1, byte[].class)))
                .one(db.db())
                .as(StepVerifier::create)
                .expectNext("long text [1, 2, -1]")
                .verifyComplete();
    }

    @DbTest
    void numbersNarrowOnlyWhenNothingIsLost(TestDb db) {
        // The value is bound, so neither the message nor the SQL it carries may show it.
        RawQuery.sql("SELECT CAST($1 AS BIGINT) AS \"big\"", 3_000_000_000L)
                .map(row -> row.get(0, Integer.class))
                .one(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(TypeConversionException.class)
                        .hasMessageContaining("column 0 (\"big\"")
                        .hasMessageContaining("as Integer")
                        .hasMessageContaining("the driver returned a Long")
                        .hasMessageContaining("[SQL: SELECT CAST($1 AS BIGINT)")
                        .hasMessageNotContaining("3000000000"));
        RawQuery.sql("SELECT CAST(2.50 AS DECIMAL(10, 2)) AS \"frac\", CAST(2.00 AS DECIMAL(10, 2)) AS \"whole\"")
                .map(row -> row.get(1, Long.class) + "/" + row.get(0, Long.class))
                .one(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(TypeConversionException.class)
                        .hasMessageContaining("column 0 (\"frac\"").hasMessageContaining("as Long"));
        RawQuery.sql("SELECT CAST(2.00 AS DECIMAL(10, 2)) AS \"whole\"")
                .map(row -> row.get("WHOLE", Long.class))
                .one(db.db())
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
    }

    @DbTest
    void aValueOfTheWrongTypeNamesTheColumnNotTheValue(TestDb db) {
        gadgets(db);
        db.exec("INSERT INTO \"gadget\" (\"t\") VALUES ('secret-text')");
        RawQuery.sql("SELECT \"id\", \"t\" FROM \"gadget\"")
                .map(row -> row.get("t", Integer.class))
                .all(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(TypeConversionException.class)
                        .hasMessageContaining("column 1 (\"t\"")
                        .hasMessageContaining("as Integer")
                        .hasMessageContaining("the driver returned a String")
                        .hasMessageNotContaining("secret-text"));
    }

    @DbTest
    void unknownLabelsAndIndexesFailListingTheColumns(TestDb db) {
        RawQuery.sql("SELECT 1 AS \"one\"")
                .map(row -> row.get("two", Integer.class))
                .one(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(TypeConversionException.class)
                        .hasMessageContaining("no column labelled \"two\"")
                        .hasMessageContaining("[one]"));
        RawQuery.sql("SELECT 1 AS \"one\"")
                .map(row -> row.get(1, Integer.class))
                .one(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(TypeConversionException.class)
                        .hasMessageContaining("no column at index 1; the row has 1 columns [one]"));
    }

    @DbTest
    void aMapperReturningNullFailsClearly(TestDb db) {
        RawQuery.sql("SELECT CAST(NULL AS INTEGER)")
                .map(row -> row.get(0, Integer.class))
                .all(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(NullPointerException.class)
                        .hasMessageContaining("the RowMapper returned null"));
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void aValueTheDriverCannotBindFailsNamingTheParameter(TestDb db) {
        gadgets(db);
        db.statements().clear();
        RawQuery.sql("INSERT INTO \"gadget\" (\"t\") VALUES ($1)", new Value(new StringBuilder("x"), StringBuilder.class,
                        SqlType.VARCHAR))
                .exec(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(TypeConversionException.class)
                        .hasMessageContaining("cannot bind parameter $1 of type StringBuilder"));
        assertThat(db.countRows("gadget")).isZero();
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void moreValuesThanMarkersIsAQueryError(TestDb db) {
        RawQuery.sql("SELECT 1", 5)
                .map(row -> row.get(0, Integer.class))
                .all(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(QueryException.class)
                        .satisfies(q -> assertThat(((QueryException) q).statement().sql()).isEqualTo("SELECT 1")));
    }
}
