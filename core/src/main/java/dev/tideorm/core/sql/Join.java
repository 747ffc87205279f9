package dev.tideorm.core.sql;

import java.util.Objects;

/** A JOIN clause. */
public record Join(Kind kind, TableRef table, Expr on) {
    public enum Kind {
        INNER("INNER JOIN"), LEFT("LEFT JOIN"), RIGHT("RIGHT JOIN");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public Join {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(on, "on");
    }
}
