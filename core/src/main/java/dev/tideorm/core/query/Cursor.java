package dev.tideorm.core.query;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.load.LoadTree;
import dev.tideorm.core.load.Loader;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.OrderBy;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keyset ("cursor") pagination over an entity query (SeaORM's {@code cursor_by}): rows are ordered by the
 * cursor columns, which must identify a row (the primary key, or unique non-null columns), and a page starts
 * {@linkplain #after after} or ends {@linkplain #before before} a key instead of skipping rows, so every page
 * costs the same. Several columns compare as a tuple: {@code (a, b) > (x, y)} is written
 * {@code "a" > x OR ("a" = x AND "b" > y)}.
 *
 * <pre>{@code
 * Cake_.find().cursorBy(Cake_.ID).after(10).first(3).all(db)
 * // SELECT ... FROM "cake" WHERE "cake"."id" > $1 ORDER BY "cake"."id" ASC LIMIT $2
 * Cake_.find().cursorBy(Cake_.ID).before(10).last(3).all(db)     // ids 7, 8, 9, in ascending order
 * // SELECT ... FROM "cake" WHERE "cake"."id" < $1 ORDER BY "cake"."id" DESC LIMIT $2
 * }</pre>
 *
 * The cursor replaces the query's ORDER BY with the cursor columns; a LIMIT of the query applies only when
 * neither {@link #first} nor {@link #last} is given. Immutable.
 *
 * @param <M> the entity
 */
public final class Cursor<M> {
    private final LoadTree loads;
    private final EntityMeta<M> meta;
    private final SelectStatement base;
    private final List<Column<M, ?>> columns;
    private final @Nullable List<Object> after;
    private final @Nullable List<Object> before;
    private final @Nullable Long limit;
    private final boolean last;
    private final boolean descending;

    private Cursor(LoadTree loads, EntityMeta<M> meta, SelectStatement base, List<Column<M, ?>> columns, @Nullable List<Object> after,
                   @Nullable List<Object> before, @Nullable Long limit, boolean last, boolean descending) {
        this.loads = loads;
        this.meta = meta;
        this.base = base;
        this.columns = columns;
        this.after = after;
        this.before = before;
        this.limit = limit;
        this.last = last;
        this.descending = descending;
    }

    /**
     * A cursor over {@code base} by {@code columns}.
     *
     * @throws IllegalArgumentException when there is no column, a column is nullable (a NULL key has no place
     *     in the keyset order: rows holding one would be skipped), or the query has an OFFSET (which would
     *     skip rows again on every page)
     */
    static <M> Cursor<M> of(EntityMeta<M> meta, SelectStatement base, List<Column<M, ?>> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("cursorBy needs at least one column");
        }
        for (Column<M, ?> c : columns) {
            if (c.nullable()) {
                throw new IllegalArgumentException("cursor column " + c + " is nullable; keyset pagination needs"
                        + " NOT NULL columns that identify a row (the primary key, or unique NOT NULL columns)");
            }
        }
        if (base.offset() != null) {
            throw new IllegalArgumentException("a cursor pages by key and cannot start at an OFFSET ("
                    + base.offset() + "); drop offset(...) and use after(...)");
        }
        return new Cursor<>(LoadTree.of(meta), meta, base, List.copyOf(columns), null, null, null, false, false);
    }

    /**
     * Rows whose key comes after {@code key} in cursor order (one value per cursor column, in order).
     *
     * @throws IllegalArgumentException when the values do not match the cursor columns in number or type
     */
    public Cursor<M> after(Object... key) {
        return new Cursor<>(loads, meta, base, columns, checkKey(key), before, limit, last, descending);
    }

    /** Rows whose key comes before {@code key} in cursor order. */
    public Cursor<M> before(Object... key) {
        return new Cursor<>(loads, meta, base, columns, after, checkKey(key), limit, last, descending);
    }

    /** The first {@code n} rows of the range, in cursor order. */
    public Cursor<M> first(long n) {
        return new Cursor<>(loads, meta, base, columns, after, before, positive(n), false, descending);
    }

    /** The last {@code n} rows of the range, still returned in cursor order (as SeaORM does). */
    public Cursor<M> last(long n) {
        return new Cursor<>(loads, meta, base, columns, after, before, positive(n), true, descending);
    }

    /** Orders by the cursor columns descending: {@code after} then means smaller keys. */
    public Cursor<M> desc() {
        return new Cursor<>(loads, meta, base, columns, after, before, limit, last, true);
    }

    /** This cursor loading {@code tree}'s relations under each window's rows (see {@code Select.with}). */
    Cursor<M> loading(LoadTree tree) {
        return new Cursor<>(tree, meta, base, columns, after, before, limit, last, descending);
    }

    /** The statement of the current window (for {@link #last} its rows come back reversed, and are re-reversed). */
    public Statement build(Dialect dialect) {
        return dialect.render(window());
    }

    /** The rows of the window, in cursor order. */
    public Mono<List<M>> all(DbConn db) {
        Mono<List<M>> rows = loads.isEmpty()
                ? Flux.defer(() -> db.query(build(db.dialect()), meta.rowMapper())).collectList()
                : Loader.load(db, meta, window(), loads);
        return last ? rows.map(r -> {
            List<M> copy = new ArrayList<>(r);
            Collections.reverse(copy);
            return copy;
        }) : rows;
    }

    /** The rows of the window as a stream; for {@link #last} they are collected first, to be reversed. */
    public Flux<M> stream(DbConn db) {
        if (last || !loads.isEmpty()) {
            return all(db).flatMapIterable(r -> r);
        }
        return Flux.defer(() -> db.query(build(db.dialect()), meta.rowMapper()));
    }

    /**
     * Walks the whole range in cursor order, {@code batchSize} rows per query, each query starting after the
     * last key of the previous one. Queries run as the subscriber requests rows; cancel stops the walk.
     *
     * <pre>{@code
     * Cake_.find().cursorBy(Cake_.ID).streamAll(db, 100)   // ... WHERE "id" > $1 ORDER BY "id" ASC LIMIT $2, repeated
     * }</pre>
     */
    public Flux<M> streamAll(DbConn db, int batchSize) {
        // Prefetch one page: the next query runs only once this page's rows have been requested.
        return pages(db, batchSize).concatMapIterable(page -> page, 1);
    }

    /** Like {@link #streamAll}, one list per query. */
    public Flux<List<M>> pages(DbConn db, int batchSize) {
        Cursor<M> start = new Cursor<>(loads, meta, base, columns, after, before, positive(batchSize), false, descending);
        return start.pagesFrom(db, batchSize).filter(page -> !page.isEmpty());
    }

    /** This window, then (when it is full) the pages after its last key, each queried only when requested. */
    private Flux<List<M>> pagesFrom(DbConn db, int batchSize) {
        return all(db).flatMapMany(page -> page.size() < batchSize ? Flux.just(page)
                : Flux.just(page).concatWith(Flux.defer(() ->
                        after(keyOf(page.get(page.size() - 1))).pagesFrom(db, batchSize))));
    }

    private Object[] keyOf(M row) {
        Object[] key = new Object[columns.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = Objects.requireNonNull(columns.get(i).get(row),
                    () -> "cursor column is null in a row; cursor columns must be NOT NULL");
        }
        return key;
    }

    private SelectStatement window() {
        SelectStatement s = base.withOrderBy(List.of());
        // "after" means greater keys in ascending order, smaller ones when descending.
        if (after != null) {
            s = s.where(tupleCompare(after, !descending));
        }
        if (before != null) {
            s = s.where(tupleCompare(before, descending));
        }
        boolean ascending = descending == last;
        for (Column<M, ?> c : columns) {
            s = s.orderBy(ascending ? c.asc() : c.desc());
        }
        return limit == null ? s : s.limit(limit);
    }

    /** {@code c1 > v1 OR (c1 = v1 AND c2 > v2) OR ...} ({@code <} when {@code greater} is false). */
    private Expr tupleCompare(List<Object> key, boolean greater) {
        List<Expr> alternatives = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            List<Expr> parts = new ArrayList<>(i + 1);
            for (int j = 0; j < i; j++) {
                parts.add(Select.eqUnchecked(columns.get(j), key.get(j)));
            }
            parts.add(compare(columns.get(i), key.get(i), greater));
            alternatives.add(Expr.and(parts));
        }
        return Expr.or(alternatives);
    }

    @SuppressWarnings("unchecked")
    private static <M, T> Expr compare(Column<M, T> column, Object value, boolean greater) {
        return greater ? column.gt((T) value) : column.lt((T) value);
    }

    private List<Object> checkKey(Object[] key) {
        if (key.length != columns.size()) {
            throw new IllegalArgumentException("the cursor has " + columns.size() + " columns " + columns
                    + "; got " + key.length + " values");
        }
        List<Object> out = new ArrayList<>(key.length);
        for (int i = 0; i < key.length; i++) {
            Column<M, ?> c = columns.get(i);
            Object v = Objects.requireNonNull(key[i], () -> "null cursor value for " + c);
            if (!box(c.javaType()).isInstance(v)) {
                throw new IllegalArgumentException("cursor value for " + c + " must be a "
                        + c.javaType().getSimpleName() + ", not a " + v.getClass().getSimpleName());
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    private static long positive(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("the number of rows must be positive: " + n);
        }
        return n;
    }

    private static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) return c;
        if (c == int.class) return Integer.class;
        if (c == long.class) return Long.class;
        if (c == short.class) return Short.class;
        if (c == byte.class) return Byte.class;
        if (c == double.class) return Double.class;
        if (c == float.class) return Float.class;
        if (c == boolean.class) return Boolean.class;
        return Character.class;
    }
}
