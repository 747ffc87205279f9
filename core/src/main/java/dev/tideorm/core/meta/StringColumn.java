package dev.tideorm.core.meta;

import dev.tideorm.core.sql.Expr;

/**
 * A column of character data, with pattern matching on top of {@link Column}'s conditions.
 *
 * @param <M> the entity type
 */
public final class StringColumn<M> extends Column<M, String> {
    StringColumn(Spec<M, String> spec) {
        super(spec);
    }

    /** {@code col LIKE pattern}; {@code %} and {@code _} in the pattern are wildcards. */
    public Expr like(String pattern) {
        return new Expr.Binary(expr(), Expr.BinaryOp.LIKE, param(pattern));
    }

    /** {@code col NOT LIKE pattern}. */
    public Expr notLike(String pattern) {
        return new Expr.Binary(expr(), Expr.BinaryOp.NOT_LIKE, param(pattern));
    }

    /** {@code col LIKE 'prefix%'}, with LIKE wildcards in {@code prefix} escaped. */
    public Expr startsWith(String prefix) {
        return like(escape(prefix) + "%");
    }

    /** {@code col LIKE '%suffix'}, with LIKE wildcards escaped. */
    public Expr endsWith(String suffix) {
        return like("%" + escape(suffix));
    }

    /** {@code col LIKE '%part%'}, with LIKE wildcards escaped. */
    public Expr contains(String part) {
        return like("%" + escape(part) + "%");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
