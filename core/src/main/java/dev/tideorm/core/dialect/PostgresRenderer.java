package dev.tideorm.core.dialect;

import dev.tideorm.core.sql.BatchUpdateStatement;
import dev.tideorm.core.sql.InsertStatement;
import dev.tideorm.core.sql.OnConflict;
import dev.tideorm.core.sql.Value;
import dev.tideorm.core.sql.render.SqlRenderer;
import dev.tideorm.core.sql.render.SqlWriter;
import java.util.HexFormat;
import java.util.Objects;

/**
 * PostgreSQL's differences: {@code ON CONFLICT} upserts, {@code CAST($1 AS jsonb)}, escape strings
 * ({@code E'a\\b'}) for literals with backslashes, {@code E'\\x0a0b'} bytea literals.
 */
final class PostgresRenderer extends SqlRenderer {

    PostgresRenderer(PostgresDialect dialect) {
        super(dialect);
    }

    /**
     * {@code INSERT ... VALUES (...) ON CONFLICT ("k") DO NOTHING | DO UPDATE SET "a" = "excluded"."a"
     * [RETURNING ...]}.
     */
    @Override
    protected void upsert(SqlWriter out, InsertStatement insert) {
        OnConflict conflict = Objects.requireNonNull(insert.onConflict(), "onConflict");
        insertInto(out, insert);
        out.append(" ON CONFLICT (");
        identifiers(out, conflict.target());
        out.append(')');
        if (conflict.doNothing()) {
            out.append(" DO NOTHING");
        } else {
            out.append(" DO UPDATE SET ");
            excludedAssignments(out, conflict.updateColumns());
        }
        returning(out, insert.returning());
    }

    /**
     * {@code UPDATE "t" SET "a" = "v"."a" FROM (VALUES ($1, $2), ...) AS "v" ("id", "a") WHERE "t"."id" = "v"."id"
     * [RETURNING "t"."id", "t"."a"]}: the returned columns are qualified, since the VALUES list has the same names.
     */
    @Override
    protected void batchUpdate(SqlWriter out, BatchUpdateStatement update) {
        out.append("UPDATE ");
        tableRef(out, update.table());
        out.append(" SET ");
        batchAssignments(out, update);
        out.append(" FROM ");
        batchSource(out, update);
        out.append(" WHERE ");
        batchKeyMatch(out, update);
        if (!update.returning().isEmpty()) {
            out.append(" RETURNING ");
            for (int i = 0; i < update.returning().size(); i++) {
                out.append(i > 0 ? ", " : "");
                qualified(out, update.table().qualifier(), update.returning().get(i));
            }
        }
    }

    /** {@code CAST($1 AS jsonb)}: the value is bound as text. */
    @Override
    protected void jsonValue(SqlWriter out, Value value) {
        out.append("CAST(");
        plainValue(out, value);
        out.append(" AS jsonb)");
    }

    /**
     * A string literal that means {@code text} whatever {@code standard_conforming_strings} is. Without a
     * backslash, the quoted text with quotes doubled ({@code 'it''s'}) is read the same under both settings. With
     * one, an escape string with backslashes and quotes doubled ({@code E'a\\b''c'} for {@code a\b'c}): in a
     * plain literal a backslash escapes the next character when the setting is off, so {@code '\''} would not
     * end where intended and the rest of the text would run as SQL.
     */
    @Override
    protected void stringLiteral(SqlWriter out, String text) {
        if (text.indexOf('\\') < 0) {
            super.stringLiteral(out, text);
        } else {
            out.append("E'").append(text.replace("\\", "\\\\").replace("'", "''")).append('\'');
        }
    }

    /** A bytea literal in hex format, as an escape string: {@code E'\\x0a0b'}. */
    @Override
    protected void binaryLiteral(SqlWriter out, byte[] bytes) {
        stringLiteral(out, "\\x" + HexFormat.of().formatHex(bytes));
    }
}
