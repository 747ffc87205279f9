package dev.tideorm.schema.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.dialect.Dialects;
import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.SqlType;
import dev.tideorm.schema.diff.DiffRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalog spellings were read from PostgreSQL 15 ({@code format_type}) and H2 2.4 (INFORMATION_SCHEMA). */
class TypeNormalizationTest {

    static Stream<Arguments> postgres() {
        return Stream.of(
                Arguments.of(ColumnType.of(SqlType.BOOLEAN), "boolean"),
                Arguments.of(ColumnType.of(SqlType.SMALLINT), "smallint"),
                Arguments.of(ColumnType.of(SqlType.INTEGER), "integer"),
                Arguments.of(ColumnType.of(SqlType.BIGINT), "bigint"),
                Arguments.of(ColumnType.of(SqlType.REAL), "real"),
                Arguments.of(ColumnType.of(SqlType.DOUBLE), "double precision"),
                Arguments.of(ColumnType.of(SqlType.DECIMAL), "numeric"),
                Arguments.of(ColumnType.decimal(10, 2), "numeric(10,2)"),
                Arguments.of(ColumnType.varchar(32), "character varying(32)"),
                Arguments.of(ColumnType.of(SqlType.TEXT), "text"),
                Arguments.of(ColumnType.of(SqlType.UUID), "uuid"),
                Arguments.of(ColumnType.of(SqlType.DATE), "date"),
                Arguments.of(ColumnType.of(SqlType.TIME), "time without time zone"),
                Arguments.of(ColumnType.of(SqlType.TIMESTAMP), "timestamp without time zone"),
                Arguments.of(ColumnType.of(SqlType.TIMESTAMP_TZ), "timestamp with time zone"),
                Arguments.of(ColumnType.of(SqlType.BINARY), "bytea"),
                Arguments.of(ColumnType.of(SqlType.JSON), "jsonb"));
    }

    @ParameterizedTest
    @MethodSource
    void postgres(ColumnType type, String catalog) {
        assertSame(Dialects.POSTGRES, type, catalog);
    }

    static Stream<Arguments> h2() {
        return Stream.of(
                Arguments.of(ColumnType.of(SqlType.BOOLEAN), H2Introspector.type("BOOLEAN", null, null, null, null)),
                Arguments.of(ColumnType.of(SqlType.SMALLINT), H2Introspector.type("SMALLINT", null, 16, 0, null)),
                Arguments.of(ColumnType.of(SqlType.INTEGER), H2Introspector.type("INTEGER", null, 32, 0, null)),
                Arguments.of(ColumnType.of(SqlType.BIGINT), H2Introspector.type("BIGINT", null, 64, 0, null)),
                Arguments.of(ColumnType.of(SqlType.REAL), H2Introspector.type("REAL", null, 24, null, null)),
                Arguments.of(ColumnType.of(SqlType.DOUBLE), H2Introspector.type("DOUBLE PRECISION", null, 53, null, null)),
                Arguments.of(ColumnType.of(SqlType.DECIMAL), H2Introspector.type("NUMERIC", null, 38, 10, null)),
                Arguments.of(ColumnType.decimal(10, 2), H2Introspector.type("NUMERIC", null, 10, 2, null)),
                Arguments.of(ColumnType.varchar(32), H2Introspector.type("CHARACTER VARYING", 32L, null, null, null)),
                Arguments.of(ColumnType.of(SqlType.TEXT),
                        H2Introspector.type("CHARACTER VARYING", 1_000_000_000L, null, null, null)),
                Arguments.of(ColumnType.of(SqlType.UUID), H2Introspector.type("UUID", null, null, null, null)),
                Arguments.of(ColumnType.of(SqlType.DATE), H2Introspector.type("DATE", null, null, null, null)),
                Arguments.of(ColumnType.of(SqlType.TIME), H2Introspector.type("TIME", null, null, null, 9)),
                Arguments.of(ColumnType.of(SqlType.TIMESTAMP), H2Introspector.type("TIMESTAMP", null, null, null, 9)),
                Arguments.of(ColumnType.of(SqlType.TIMESTAMP_TZ),
                        H2Introspector.type("TIMESTAMP WITH TIME ZONE", null, null, null, 9)),
                Arguments.of(ColumnType.of(SqlType.BINARY),
                        H2Introspector.type("BINARY VARYING", 1_000_000_000L, null, null, null)),
                Arguments.of(ColumnType.of(SqlType.JSON), H2Introspector.type("JSON", 1_000_000_000L, null, null, null)));
    }

    @ParameterizedTest
    @MethodSource
    void h2(ColumnType type, String catalog) {
        assertSame(Dialects.H2, type, catalog);
    }

    private static void assertSame(Dialect dialect, ColumnType type, String catalog) {
        DiffRules rules = Introspector.of(dialect).rules();
        assertThat(rules.normalizeType(dialect.columnTypeSql(type))).isEqualTo(rules.normalizeType(catalog));
    }

    @Test
    void h2TimesAndTimestampsAreSpelledWithTheirFractionalDigits() {
        assertThat(H2Introspector.type("TIME", null, null, null, 9)).isEqualTo("TIME(9)");
        assertThat(H2Introspector.type("TIMESTAMP WITH TIME ZONE", null, null, null, 6))
                .isEqualTo("TIMESTAMP(6) WITH TIME ZONE");
        assertThat(H2Introspector.type("TIME WITH TIME ZONE", null, null, null, 0)).isEqualTo("TIME(0) WITH TIME ZONE");
        DiffRules rules = Introspector.of(Dialects.H2).rules();
        // A column made before TideORM asked for nanoseconds (H2's defaults) is a different type: reported, not altered.
        assertThat(rules.normalizeType(H2Introspector.type("TIME", null, null, null, 0)))
                .isNotEqualTo(rules.normalizeType(Dialects.H2.columnTypeSql(ColumnType.of(SqlType.TIME))));
        assertThat(rules.normalizeType(H2Introspector.type("TIMESTAMP", null, null, null, 6)))
                .isNotEqualTo(rules.normalizeType(Dialects.H2.columnTypeSql(ColumnType.of(SqlType.TIMESTAMP))));
    }

    @Test
    void differentTypesStayDifferent() {
        DiffRules rules = Introspector.of(Dialects.POSTGRES).rules();
        assertThat(rules.normalizeType("character varying(33)")).isNotEqualTo(rules.normalizeType("varchar(32)"));
        assertThat(rules.normalizeType("timestamp with time zone")).isNotEqualTo(rules.normalizeType("timestamp"));
        assertThat(rules.normalizeType("numeric(10, 2)")).isNotEqualTo(rules.normalizeType("numeric"));
    }
}
