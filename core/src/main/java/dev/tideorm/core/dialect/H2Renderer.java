package dev.tideorm.core.dialect;

import dev.tideorm.core.sql.Value;
import dev.tideorm.core.sql.render.SqlRenderer;
import dev.tideorm.core.sql.render.SqlWriter;

/**
 * H2's differences: {@code $1 FORMAT JSON}, typed literals such as {@code DATE '2024-01-02'}, and
 * {@code U&'...'} literals for texts with semicolons.
 * Upserts use the inherited standard MERGE; RETURNING is left out because the dialect does not
 * support it (the executor asks r2dbc-h2 for generated values instead).
 */
final class H2Renderer extends SqlRenderer {

    H2Renderer(H2Dialect dialect) {
        super(dialect);
    }

    /** {@code $1 FORMAT JSON}: the text is parsed as JSON rather than stored as a JSON string. */
    @Override
    protected void jsonValue(SqlWriter out, Value value) {
        plainValue(out, value);
        out.append(" FORMAT JSON");
    }

    /**
     * The quoted text with quotes doubled ({@code 'it''s'}): H2 has no backslash escapes. A text with a
     * semicolon becomes a Unicode escape string ({@code U&'a\003Bb'} for {@code a;b}, backslashes doubled),
     * because r2dbc-h2 splits the SQL it is given at every semicolon, even inside a literal.
     */
    @Override
    protected void stringLiteral(SqlWriter out, String text) {
        if (text.indexOf(';') < 0) {
            super.stringLiteral(out, text);
        } else {
            out.append("U&'").append(text.replace("\\", "\\\\").replace(";", "\\003B").replace("'", "''"))
                    .append('\'');
        }
    }

    /** {@code DATE '2024-01-02'}, {@code UUID '…'}, {@code TIMESTAMP WITH TIME ZONE '…'}. */
    @Override
    protected void typedLiteral(SqlWriter out, String typeName, String text) {
        out.append(typeName).append(' ');
        stringLiteral(out, text);
    }
}
