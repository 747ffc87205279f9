package dev.tideorm.core.sql.render;

import static dev.tideorm.core.sql.render.RenderFixtures.items;
import static dev.tideorm.core.sql.render.RenderFixtures.val;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.dialect.Dialects;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.SqlType;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LiteralRenderTest {
    private static final String DIALECTS = "dev.tideorm.core.sql.render.RenderFixtures#dialects";

    private static SelectStatement selectOf(Expr... exprs) {
        return new SelectStatement(false, items(exprs), null, List.of(), null, List.of(), null, List.of(), null, null);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void scalarLiteralsAreTheSameOnBothDialects(Dialect dialect) {
        SelectStatement select = selectOf(val("O'Brien"), val(true), val(false), val(42), val(-7L),
                val(new BigDecimal("1.50")), val(new BigDecimal("1E+3")), val(2.5d), val((short) 3),
                Expr.param(Value.nullOf(String.class, SqlType.TEXT)));
        assertThat(dialect.inline(select))
                .isEqualTo("SELECT 'O''Brien', TRUE, FALSE, 42, -7, 1.50, 1000, 2.5, 3, NULL");
    }

    static Stream<Arguments> stringsWithBackslashes() {
        return Stream.of(
                arguments(Dialects.POSTGRES, "SELECT E'\\\\'' OR 1 = 1; --', E'a\\\\b''c', E'\\\\\\\\', E'ends\\\\',"
                        + " 'no backslash: it''s', E'\\\\x41', E'\\\\x41'"),
                arguments(Dialects.H2, "SELECT U&'\\\\'' OR 1 = 1\\003B --', 'a\\b''c', '\\\\', 'ends\\',"
                        + " 'no backslash: it''s', '\\x41', X'41'"));
    }

    /**
     * PostgreSQL writes a string with a backslash as an escape string, which means the same whatever
     * standard_conforming_strings is; H2 has no backslash escapes, so quote doubling is enough there, but a
     * semicolon is written as a Unicode escape because r2dbc-h2 splits SQL at every semicolon.
     */
    @ParameterizedTest
    @MethodSource
    void stringsWithBackslashes(Dialect dialect, String sql) {
        SelectStatement select = selectOf(val("\\' OR 1 = 1; --"), val("a\\b'c"), val("\\\\"), val("ends\\"),
                val("no backslash: it's"), val("\\x41"), val(new byte[] {0x41}));
        assertThat(dialect.inline(select)).isEqualTo(sql);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void aDialectsStringLiteralIsTheInlinedOne(Dialect dialect) {
        for (String text : List.of("plain", "it's", "a\\b", "\\'; DROP TABLE t; --", "")) {
            assertThat(dialect.stringLiteral(text)).isEqualTo(dialect.inline(selectOf(val(text))).substring(7));
        }
        assertThat(Dialects.POSTGRES.stringLiteral("a\\b")).isEqualTo("E'a\\\\b'");
        assertThat(Dialects.H2.stringLiteral("a\\b")).isEqualTo("'a\\b'");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void boundRenderingNeverContainsValues(Dialect dialect) {
        Statement st = dialect.render(selectOf(val("O'Brien; DROP TABLE x"), val(new byte[] {1, 2})));
        assertThat(st.sql()).isEqualTo("SELECT $1, $2");
        assertThat(st.binds()).hasSize(2);
    }

    static Stream<Arguments> typedLiterals() {
        return Stream.of(
                arguments(Dialects.POSTGRES, "SELECT E'\\\\x0aff', '2024-01-02', '10:11:00', '2024-01-02T10:11:12.5',"
                        + " '2024-01-02T10:11:12+02:00', '2024-01-02T08:11:12Z', '123e4567-e89b-12d3-a456-426614174000'"),
                arguments(Dialects.H2, "SELECT X'0aff', DATE '2024-01-02', TIME '10:11:00',"
                        + " TIMESTAMP '2024-01-02T10:11:12.5', TIMESTAMP WITH TIME ZONE '2024-01-02T10:11:12+02:00',"
                        + " TIMESTAMP WITH TIME ZONE '2024-01-02T08:11:12Z', UUID '123e4567-e89b-12d3-a456-426614174000'"));
    }

    @ParameterizedTest
    @MethodSource
    void typedLiterals(Dialect dialect, String sql) {
        SelectStatement select = selectOf(
                val(new byte[] {0x0a, (byte) 0xff}),
                val(LocalDate.of(2024, 1, 2)),
                val(LocalTime.of(10, 11)),
                val(LocalDateTime.of(2024, 1, 2, 10, 11, 12, 500_000_000)),
                val(OffsetDateTime.of(2024, 1, 2, 10, 11, 12, 0, ZoneOffset.ofHours(2))),
                val(Instant.parse("2024-01-02T08:11:12Z")),
                val(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
        assertThat(dialect.inline(select)).isEqualTo(sql);
    }
}
