package dev.tideorm.core.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.SqlType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnTypeSqlTest {

    static Stream<Arguments> columnTypes() {
        return Stream.of(
                arguments(ColumnType.of(SqlType.BOOLEAN), "boolean", "BOOLEAN"),
                arguments(ColumnType.of(SqlType.SMALLINT), "smallint", "SMALLINT"),
                arguments(ColumnType.of(SqlType.INTEGER), "integer", "INTEGER"),
                arguments(ColumnType.of(SqlType.BIGINT), "bigint", "BIGINT"),
                arguments(ColumnType.of(SqlType.REAL), "real", "REAL"),
                arguments(ColumnType.of(SqlType.DOUBLE), "double precision", "DOUBLE PRECISION"),
                arguments(ColumnType.decimal(10, 2), "numeric(10, 2)", "NUMERIC(10, 2)"),
                arguments(ColumnType.of(SqlType.DECIMAL), "numeric", "NUMERIC(38, 10)"),
                arguments(new ColumnType(SqlType.DECIMAL, 0, 0, 4), "numeric", "NUMERIC(38, 4)"),
                arguments(ColumnType.varchar(32), "varchar(32)", "VARCHAR(32)"),
                arguments(ColumnType.of(SqlType.VARCHAR), "text", "CHARACTER VARYING"),
                arguments(ColumnType.of(SqlType.TEXT), "text", "CHARACTER VARYING"),
                arguments(ColumnType.of(SqlType.UUID), "uuid", "UUID"),
                arguments(ColumnType.of(SqlType.DATE), "date", "DATE"),
                arguments(ColumnType.of(SqlType.TIME), "time", "TIME(9)"),
                arguments(ColumnType.of(SqlType.TIMESTAMP), "timestamp", "TIMESTAMP(9)"),
                arguments(ColumnType.of(SqlType.TIMESTAMP_TZ), "timestamp with time zone",
                        "TIMESTAMP(9) WITH TIME ZONE"),
                arguments(ColumnType.of(SqlType.BINARY), "bytea", "VARBINARY"),
                arguments(ColumnType.of(SqlType.JSON), "jsonb", "JSON"));
    }

    @ParameterizedTest
    @MethodSource("columnTypes")
    void columnTypeSql(ColumnType type, String postgres, String h2) {
        assertThat(Dialects.POSTGRES.columnTypeSql(type)).isEqualTo(postgres);
        assertThat(Dialects.H2.columnTypeSql(type)).isEqualTo(h2);
    }

    @Test
    void everySqlTypeIsCovered() {
        assertThat(columnTypes().map(a -> ((ColumnType) a.get()[0]).kind()).distinct())
                .containsExactlyInAnyOrder(SqlType.values());
    }
}
