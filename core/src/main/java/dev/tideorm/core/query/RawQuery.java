package dev.tideorm.core.query;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hand-written SQL with bound values and typed mapping (SeaORM's {@code FromQueryResult} with
 * {@code from_raw_sql}): the explicit escape hatch for what the builder cannot say. The SQL uses the
 * dialect's bind markers ({@code $1}, {@code $2}, ... on PostgreSQL and H2); values are always bound, never
 * concatenated. Identifiers are the caller's business: quote them as the database expects.
 *
 * <pre>{@code
 * record CakeCount(String name, long fruits) {}
 * RawQuery.sql("SELECT c.name, COUNT(f.id) FROM cake c LEFT JOIN fruit f ON f.cake_id = c.id"
 *                 + " WHERE c.name LIKE $1 GROUP BY c.name ORDER BY c.name", "a%")
 *         .map(row -> new CakeCount(row.get(0, String.class), row.get(1, Long.class)))
 *         .all(db);
 * }</pre>
 *
 * Immutable; terminals run on each subscription.
 */
public final class RawQuery {
    private final Statement statement;

    private RawQuery(Statement statement) {
        this.statement = statement;
    }

    /**
     * SQL with positional values. Each value is a {@link Value} (needed for a typed NULL:
     * {@code Value.nullOf(Integer.class, SqlType.INTEGER)}) or a plain object whose SQL type is inferred.
     *
     * @throws NullPointerException for a null value (use {@code Value.nullOf})
     * @throws IllegalArgumentException for a value of a type with no SQL mapping
     */
    public static RawQuery sql(String sql, Object... values) {
        Objects.requireNonNull(sql, "sql");
        List<Value> binds = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            Object v = Objects.requireNonNull(values[i],
                    "value " + (i + 1) + " is null; bind SQL NULL with Value.nullOf(type, sqlType)");
            binds.add(v instanceof Value value ? value : Value.of(v));
        }
        return new RawQuery(Statement.raw(sql, binds));
    }

    /** A raw query of an already built statement. */
    public static RawQuery of(Statement statement) {
        return new RawQuery(Objects.requireNonNull(statement, "statement"));
    }

    /** The statement. */
    public Statement statement() {
        return statement;
    }

    /** Runs the statement and emits the number of rows it affected. */
    public Mono<Long> exec(DbConn db) {
        return Mono.defer(() -> db.execute(statement));
    }

    /** Maps the rows with {@code mapper}. */
    public <T> Mapped<T> map(RowMapper<T> mapper) {
        return new Mapped<>(statement, Objects.requireNonNull(mapper, "mapper"));
    }

    /**
     * A raw query with its row mapper.
     *
     * @param <T> the row type
     */
    public static final class Mapped<T> {
        private final Statement statement;
        private final RowMapper<T> mapper;

        private Mapped(Statement statement, RowMapper<T> mapper) {
            this.statement = statement;
            this.mapper = mapper;
        }

        /** Streams the mapped rows (0..N) as they arrive, with back-pressure. */
        public Flux<T> stream(DbConn db) {
            return Flux.defer(() -> db.query(statement, mapper));
        }

        /** Collects every mapped row. */
        public Mono<List<T>> all(DbConn db) {
            return stream(db).collectList();
        }

        /** The first row, or empty; the rest of the result is not read (write {@code LIMIT 1} to not fetch it). */
        public Mono<T> one(DbConn db) {
            return stream(db).next();
        }
    }
}
