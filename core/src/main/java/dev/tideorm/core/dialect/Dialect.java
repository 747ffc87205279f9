package dev.tideorm.core.dialect;

import dev.tideorm.core.sql.BatchUpdateStatement;
import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.DeleteStatement;
import dev.tideorm.core.sql.InsertStatement;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.UpdateStatement;

/**
 * A SQL dialect: quoting, bind markers, capabilities and rendering of statement trees. Shared code
 * never asks which database it is on; it asks the dialect for a capability or a rendering.
 * Instances are immutable and thread-safe; the built-in ones are in {@link Dialects}.
 */
public interface Dialect {
    /** A short name for logs and test display names: {@code PostgreSQL}, {@code H2}. */
    String name();

    /** Quotes an identifier, doubling any embedded quote character. */
    String quote(String identifier);

    /** The bind marker of the 1-based parameter {@code index} ({@code $1}). */
    String bindMarker(int index);

    /** Whether INSERT/UPDATE/DELETE can carry an inline {@code RETURNING} clause. */
    boolean supportsReturning();

    /** The largest number of bound parameters one statement may carry. */
    int maxBindParameters();

    /** The DDL type name of a column type, e.g. {@code integer}, {@code varchar(32)}. */
    String columnTypeSql(ColumnType type);

    /**
     * A string literal that the database reads back as exactly {@code text}, whatever its session settings: for
     * SQL that cannot take bind markers, such as a column's DEFAULT in DDL. On PostgreSQL a text with a backslash
     * becomes an escape string ({@code E'a\\b'}), so that it means the same whether
     * {@code standard_conforming_strings} is on or off; any other text is quoted with quotes doubled
     * ({@code 'it''s'}).
     */
    String stringLiteral(String text);

    /** Renders a SELECT with bound parameters. */
    Statement render(SelectStatement select);

    /** Renders an INSERT with bound parameters; RETURNING columns travel as {@link Statement#generatedColumns()}. */
    Statement render(InsertStatement insert);

    /** Renders an UPDATE with bound parameters. */
    Statement render(UpdateStatement update);

    /** Renders a DELETE with bound parameters. */
    Statement render(DeleteStatement delete);

    /** Renders a batch UPDATE with bound parameters; RETURNING where the dialect can. */
    Statement render(BatchUpdateStatement update);

    /** Renders a SELECT with every value inlined as a literal, for logs and tests only. */
    String inline(SelectStatement select);

    /** Renders an INSERT with values inlined, for logs and tests only. */
    String inline(InsertStatement insert);

    /** Renders an UPDATE with values inlined, for logs and tests only. */
    String inline(UpdateStatement update);

    /** Renders a DELETE with values inlined, for logs and tests only. */
    String inline(DeleteStatement delete);

    /** Renders a batch UPDATE with values inlined, for logs and tests only. */
    String inline(BatchUpdateStatement update);
}
