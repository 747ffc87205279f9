package dev.tideorm.core.dialect;

import dev.tideorm.core.sql.BatchUpdateStatement;
import dev.tideorm.core.sql.DeleteStatement;
import dev.tideorm.core.sql.InsertStatement;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.UpdateStatement;
import dev.tideorm.core.sql.render.SqlRenderer;

/**
 * What the built-in dialects share: {@code "…"} quoting, {@code $n} bind markers (accepted by both
 * r2dbc-postgresql and r2dbc-h2) and rendering delegated to the dialect's {@link SqlRenderer}.
 */
abstract class AbstractDialect implements Dialect {

    /** The renderer that writes this dialect's SQL. */
    abstract SqlRenderer renderer();

    @Override
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String bindMarker(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("bind index is 1-based: " + index);
        }
        return "$" + index;
    }

    @Override
    public String stringLiteral(String text) {
        return renderer().stringLiteral(text);
    }

    @Override
    public Statement render(SelectStatement select) {
        return renderer().render(select);
    }

    @Override
    public Statement render(InsertStatement insert) {
        return renderer().render(insert);
    }

    @Override
    public Statement render(UpdateStatement update) {
        return renderer().render(update);
    }

    @Override
    public Statement render(DeleteStatement delete) {
        return renderer().render(delete);
    }

    @Override
    public Statement render(BatchUpdateStatement update) {
        return renderer().render(update);
    }

    @Override
    public String inline(BatchUpdateStatement update) {
        return renderer().inline(update);
    }

    @Override
    public String inline(SelectStatement select) {
        return renderer().inline(select);
    }

    @Override
    public String inline(InsertStatement insert) {
        return renderer().inline(insert);
    }

    @Override
    public String inline(UpdateStatement update) {
        return renderer().inline(update);
    }

    @Override
    public String inline(DeleteStatement delete) {
        return renderer().inline(delete);
    }

    @Override
    public String toString() {
        return name();
    }
}
