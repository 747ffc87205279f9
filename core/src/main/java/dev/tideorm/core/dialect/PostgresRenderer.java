package dev.tideorm.core.dialect;

import dev.tideorm.core.sql.InsertStatement;
import dev.tideorm.core.sql.OnConflict;
import dev.tideorm.core.sql.Value;
import dev.tideorm.core.sql.render.SqlRenderer;
import dev.tideorm.core.sql.render.SqlWriter;
import java.util.HexFormat;
import java.util.Objects;

/** PostgreSQL's differences: {@code ON CONFLICT} upserts, {@code CAST($1 AS jsonb)}, {@code '\x0a0b'} bytea literals. */
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

    /** {@code CAST($1 AS jsonb)}: the value is bound as text. */
    @Override
    protected void jsonValue(SqlWriter out, Value value) {
        out.append("CAST(");
        plainValue(out, value);
        out.append(" AS jsonb)");
    }

    /** A bytea literal in hex format, {@code '\x0a0b'} (standard_conforming_strings is on by default). */
    @Override
    protected void binaryLiteral(SqlWriter out, byte[] bytes) {
        stringLiteral(out, "\\x" + HexFormat.of().formatHex(bytes));
    }
}
