package dev.tideorm.core.query;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.OrderBy;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.Statement;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A SELECT of chosen columns or expressions mapped to another type (SeaORM's {@code DerivePartialModel} and
 * {@code into_model}): build it from an entity query with {@link Select#select(dev.tideorm.core.meta.Column,
 * dev.tideorm.core.meta.Column)} and friends, and map rows with a constructor reference. No reflection: the
 * mapper is the plain function given.
 *
 * <pre>{@code
 * record CakeName(Integer id, String name) {}
 * Cake_.find().filter(Cake_.NAME.like("a%")).select(Cake_.ID, Cake_.NAME).into(CakeName::new).all(db)
 * // SELECT "cake"."id", "cake"."name" FROM "cake" WHERE "cake"."name" LIKE $1
 * }</pre>
 *
 * Immutable: every method returns a new query; terminals run on each subscription.
 *
 * @param <R> the type each row is mapped to
 */
public final class PartialSelect<R> {
    private final SelectStatement statement;
    private final RowMapper<R> mapper;

    private PartialSelect(SelectStatement statement, RowMapper<R> mapper) {
        this.statement = statement;
        this.mapper = mapper;
    }

    /** A query of {@code statement} whose rows {@code mapper} maps (by position or label). */
    public static <R> PartialSelect<R> of(SelectStatement statement, RowMapper<R> mapper) {
        return new PartialSelect<>(Objects.requireNonNull(statement, "statement"), Objects.requireNonNull(mapper, "mapper"));
    }

    /** The statement tree. */
    public SelectStatement statement() {
        return statement;
    }

    /** The row mapper. */
    public RowMapper<R> mapper() {
        return mapper;
    }

    /** Adds a condition, AND-ed with the existing ones. */
    public PartialSelect<R> filter(Expr condition) {
        return new PartialSelect<>(statement.where(condition), mapper);
    }

    /** Adds ORDER BY items. */
    public PartialSelect<R> orderBy(OrderBy... items) {
        SelectStatement s = statement;
        for (OrderBy o : items) {
            s = s.orderBy(o);
        }
        return new PartialSelect<>(s, mapper);
    }

    /** Adds GROUP BY expressions (e.g. {@code Cake_.NAME.expr()}). */
    public PartialSelect<R> groupBy(Expr... exprs) {
        SelectStatement s = statement;
        for (Expr e : exprs) {
            s = s.groupBy(e);
        }
        return new PartialSelect<>(s, mapper);
    }

    /** {@code SELECT DISTINCT}. */
    public PartialSelect<R> distinct() {
        return new PartialSelect<>(statement.withDistinct(true), mapper);
    }

    /** {@code LIMIT n}: at most {@code n} rows. */
    public PartialSelect<R> limit(long n) {
        return new PartialSelect<>(statement.limit(n), mapper);
    }

    /** {@code OFFSET n}: skips the first {@code n} rows. */
    public PartialSelect<R> offset(long n) {
        return new PartialSelect<>(statement.offset(n), mapper);
    }

    /** Renders with bound parameters. */
    public Statement build(Dialect dialect) {
        return dialect.render(statement);
    }

    /** Renders with values inlined, for logs and tests. */
    public String inline(Dialect dialect) {
        return dialect.inline(statement);
    }

    /** Streams the mapped rows as they arrive (0..N), with back-pressure; cancelling releases the connection. */
    public Flux<R> stream(DbConn db) {
        return Flux.defer(() -> db.query(build(db.dialect()), mapper));
    }

    /** Collects every mapped row. */
    public Mono<List<R>> all(DbConn db) {
        return stream(db).collectList();
    }

    /** The first row ({@code LIMIT 1}), or empty. */
    public Mono<R> one(DbConn db) {
        return limit(1).stream(db).singleOrEmpty();
    }

    /** An offset paginator over this query; see {@link Paginator}. */
    public Paginator<R> paginate(DbConn db, long pageSize) {
        return Paginator.of(db, statement, mapper, pageSize);
    }
}
