package dev.tideorm.core.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One item of a SELECT list: an expression with an optional alias. */
public record SelectItem(Expr expr, @Nullable String alias) {
    public SelectItem {
        Objects.requireNonNull(expr, "expr");
    }

    public static SelectItem of(Expr expr) {
        return new SelectItem(expr, null);
    }
}
