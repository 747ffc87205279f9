package dev.tideorm.core.sql;

import java.util.Objects;

/** One ORDER BY item. */
public record OrderBy(Expr expr, boolean ascending, Nulls nulls) {
    /** Placement of NULLs; {@code DEFAULT} leaves it to the database. */
    public enum Nulls { DEFAULT, FIRST, LAST }

    public OrderBy {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(nulls, "nulls");
    }

    public static OrderBy asc(Expr expr) {
        return new OrderBy(expr, true, Nulls.DEFAULT);
    }

    public static OrderBy desc(Expr expr) {
        return new OrderBy(expr, false, Nulls.DEFAULT);
    }

    /** The same item with the direction flipped (used by cursor pagination's {@code last}). */
    public OrderBy reversed() {
        Nulls flipped = nulls == Nulls.FIRST ? Nulls.LAST : nulls == Nulls.LAST ? Nulls.FIRST : Nulls.DEFAULT;
        return new OrderBy(expr, !ascending, flipped);
    }
}
