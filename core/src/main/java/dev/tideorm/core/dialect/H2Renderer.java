package dev.tideorm.core.dialect;

import dev.tideorm.core.sql.Value;
import dev.tideorm.core.sql.render.SqlRenderer;
import dev.tideorm.core.sql.render.SqlWriter;

/**
 * H2's differences: {@code $1 FORMAT JSON} and typed literals such as {@code DATE '2024-01-02'}.
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

    /** {@code DATE '2024-01-02'}, {@code UUID '…'}, {@code TIMESTAMP WITH TIME ZONE '…'}. */
    @Override
    protected void typedLiteral(SqlWriter out, String typeName, String text) {
        out.append(typeName).append(' ');
        stringLiteral(out, text);
    }
}
