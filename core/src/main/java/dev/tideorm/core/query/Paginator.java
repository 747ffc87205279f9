package dev.tideorm.core.query;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Offset pagination over a query (SeaORM's {@code Paginator}): pages are numbered from 0 and hold
 * {@link #pageSize()} rows, the last one fewer. Give the query an ORDER BY, or the database may return rows
 * in a different order for each page. For large tables prefer keyset pagination ({@link Cursor}), whose cost
 * does not grow with the page number.
 *
 * <pre>{@code
 * Paginator<Cake> pages = Cake_.find().orderBy(Cake_.ID.asc()).paginate(db, 50);
 * pages.numPages()      // SELECT COUNT(*) AS "num_items" FROM (SELECT "cake"."id", ... FROM "cake") AS "sub_query"
 * pages.fetchPage(2)    // SELECT "cake"."id", ... FROM "cake" ORDER BY "cake"."id" ASC LIMIT $1 OFFSET $2   (50, 100)
 * }</pre>
 *
 * The query's own LIMIT and OFFSET are replaced by each page's, and ignored by the counts. Immutable; each
 * method runs its query on each subscription.
 *
 * @param <T> the row type
 */
public final class Paginator<T> {
    private final DbConn db;
    private final SelectStatement statement;
    private final Function<SelectStatement, Flux<T>> pageQuery;
    private final long pageSize;

    private Paginator(DbConn db, SelectStatement statement, Function<SelectStatement, Flux<T>> pageQuery,
                      long pageSize) {
        this.db = db;
        this.statement = statement;
        this.pageQuery = pageQuery;
        this.pageSize = pageSize;
    }

    /**
     * A paginator of {@code statement}'s rows.
     *
     * @throws IllegalArgumentException when {@code pageSize} is not positive
     */
    public static <T> Paginator<T> of(DbConn db, SelectStatement statement, RowMapper<T> mapper, long pageSize) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(mapper, "mapper");
        return new Paginator<>(db, Objects.requireNonNull(statement, "statement"),
                s -> db.query(db.dialect().render(s), mapper), pageSize);
    }

    /** A paginator whose pages are read by {@code pageQuery} (which loads relations under the rows, say). */
    static <T> Paginator<T> reading(DbConn db, SelectStatement statement, Function<SelectStatement, Flux<T>> pageQuery,
                               long pageSize) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        return new Paginator<>(Objects.requireNonNull(db, "db"), Objects.requireNonNull(statement, "statement"),
                pageQuery, pageSize);
    }

    /** Rows per page. */
    public long pageSize() {
        return pageSize;
    }

    /** The number of rows the query returns, counted over the query as a sub-query (ORDER BY/LIMIT/OFFSET dropped). */
    public Mono<Long> numItems() {
        return Mono.defer(() -> db.query(countStatement(db.dialect()), row -> {
            Long n = row.get(0, Long.class);
            return n == null ? 0L : n;
        }).singleOrEmpty().defaultIfEmpty(0L));
    }

    /** The number of pages: {@code ceil(numItems / pageSize)}; 0 when there are no rows. */
    public Mono<Long> numPages() {
        return numItems().map(this::pages);
    }

    /** Both counts, from one query. */
    public Mono<ItemsAndPages> numItemsAndPages() {
        return numItems().map(n -> new ItemsAndPages(n, pages(n)));
    }

    private long pages(long items) {
        return (items + pageSize - 1) / pageSize;
    }

    /**
     * The rows of page {@code page} (0-based); empty past the last page.
     *
     * @throws IllegalArgumentException at assembly when {@code page} is negative
     */
    public Mono<List<T>> fetchPage(long page) {
        return streamPage(page).collectList();
    }

    /** The rows of page {@code page} (0-based) as they arrive. */
    public Flux<T> streamPage(long page) {
        if (page < 0) {
            throw new IllegalArgumentException("pages are numbered from 0: " + page);
        }
        SelectStatement s = statement.limit(pageSize).offset(page * pageSize);
        return Flux.defer(() -> pageQuery.apply(s));
    }

    /**
     * Every page in order, one query per page, fetched as the subscriber requests pages; ends after the first
     * page that is not full.
     */
    public Flux<List<T>> pages() {
        return pagesFrom(0).filter(rows -> !rows.isEmpty());
    }

    /** Page {@code page}, then (when it is full) the next ones, each queried only when requested. */
    private Flux<List<T>> pagesFrom(long page) {
        return fetchPage(page).flatMapMany(rows -> rows.size() < pageSize ? Flux.just(rows)
                : Flux.just(rows).concatWith(Flux.defer(() -> pagesFrom(page + 1))));
    }

    /**
     * The count statement: {@code SELECT COUNT(*) AS "num_items" FROM (<query>) AS "sub_query"}, with the
     * query's own ORDER BY, LIMIT and OFFSET dropped.
     */
    public Statement countStatement(Dialect dialect) {
        return subQueryCount(statement.withOrderBy(List.of()).limit(null).offset(null), dialect);
    }

    /** {@code SELECT COUNT(*) AS "num_items" FROM (<rows>) AS "sub_query"}. */
    static Statement subQueryCount(SelectStatement rows, Dialect dialect) {
        Statement inner = dialect.render(rows);
        return new Statement("SELECT COUNT(*) AS " + dialect.quote("num_items") + " FROM (" + inner.sql() + ") AS "
                + dialect.quote("sub_query"), inner.binds(), List.of());
    }

    /** The two counts of {@link #numItemsAndPages()}. */
    public record ItemsAndPages(long numberOfItems, long numberOfPages) {
    }


}
