package dev.tideorm.core.query;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.load.LoadTree;
import dev.tideorm.core.load.Loader;
import dev.tideorm.core.load.Path;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.OrderBy;
import dev.tideorm.core.sql.SelectItem;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An immutable, typed SELECT of entity {@code M}: every method returns a new query, so one query can be
 * shared and each terminal re-subscribed. Terminals run on subscription.
 *
 * <pre>{@code
 * Select.of(Cake_.ENTITY).filter(Cake_.NAME.eq("a")).limit(10).build(Dialects.POSTGRES).sql()
 * // SELECT "cake"."id", "cake"."name" FROM "cake" WHERE "cake"."name" = $1 LIMIT $2
 * }</pre>
 *
 * @param <M> the entity
 */
public final class Select<M> {
    /** Roots read per chunk by {@link #stream} when relations are loaded. */
    public static final int DEFAULT_CHUNK = 500;

    private final EntityMeta<M> meta;
    /** The tree; null for a key lookup until something needs it (a cached lookup renders none). */
    private @Nullable SelectStatement tree;
    private final LoadTree loads;
    private final int chunk;
    /** Set while this query is exactly a lookup by primary key: its SQL is then rendered once and cached. */
    private final @Nullable KeyLookup lookup;

    private Select(EntityMeta<M> meta, @Nullable SelectStatement statement, LoadTree loads, int chunk,
                   @Nullable KeyLookup lookup) {
        this.meta = meta;
        this.tree = statement;
        this.loads = loads;
        this.chunk = chunk;
        this.lookup = lookup;
    }

    private Select(EntityMeta<M> meta, SelectStatement statement) {
        this(meta, statement, LoadTree.of(meta), DEFAULT_CHUNK, null);
    }

    /** {@code SELECT <all columns> FROM <table>}. */
    public static <M> Select<M> of(EntityMeta<M> meta) {
        Objects.requireNonNull(meta, "meta");
        return new Select<>(meta, SelectStatement.from(meta.tableRef(), selectItems(meta)));
    }

    /**
     * The row with this primary key: {@code of(meta).filter(primaryKeyCondition(meta, key))}, whose SQL is rendered
     * once per entity and dialect and then reused (the generated {@code findById} calls this). Refining the query
     * ({@link #filter}, {@link #orderBy}, ...) makes it an ordinary one; {@link #one} keeps the reuse.
     *
     * @throws dev.tideorm.core.error.KeyArityException when {@code key} has the wrong number of values
     */
    public static <M> Select<M> byId(EntityMeta<M> meta, Object... key) {
        List<Column<M, ?>> pk = meta.primaryKey();
        if (pk.isEmpty() || key.length != pk.size()) {
            return of(meta).filter(primaryKeyCondition(meta, key));      // fails as that does
        }
        List<Value> keys = new ArrayList<>(key.length);
        for (int i = 0; i < key.length; i++) {
            if (key[i] == null) {
                // a null key value is IS NULL, not a bind: nothing to reuse
                return of(meta).filter(primaryKeyCondition(meta, key));
            }
            keys.add(toValue(pk.get(i), key[i]));
        }
        // The tree is made only if needed: the SQL of a lookup is cached per entity and dialect.
        return new Select<>(meta, null, LoadTree.of(meta), DEFAULT_CHUNK, new KeyLookup(keys, false));
    }

    @SuppressWarnings("unchecked")
    private static <M, T> Value toValue(Column<M, T> column, Object value) {
        return column.toValue((T) value);
    }

    /** The statement tree, made on first use for a key lookup. */
    private SelectStatement tree() {
        SelectStatement t = tree;
        if (t == null) {
            KeyLookup k = Objects.requireNonNull(lookup);
            List<Column<M, ?>> pk = meta.primaryKey();
            List<Expr> parts = new ArrayList<>(pk.size());
            for (int i = 0; i < pk.size(); i++) {
                parts.add(new Expr.Binary(pk.get(i).expr(), Expr.BinaryOp.EQ, Expr.param(k.keys().get(i))));
            }
            t = SelectStatement.from(meta.tableRef(), selectItems(meta)).where(Expr.and(parts));
            if (k.one()) {
                t = t.limit(1L);
            }
            tree = t;       // immutable: a race only builds it twice
        }
        return t;
    }

    private Select<M> with(SelectStatement s) {
        return new Select<>(meta, s, loads, chunk, null);
    }

    /** The entity's columns as SELECT items, qualified by its table. */
    public static List<SelectItem> selectItems(EntityMeta<?> meta) {
        return meta.selectItems();
    }

    /** The condition {@code pk1 = v1 AND pk2 = v2 ...} for a primary key value. */
    public static <M> Expr primaryKeyCondition(EntityMeta<M> meta, Object... key) {
        List<Column<M, ?>> pk = meta.primaryKey();
        if (pk.isEmpty()) {
            throw new IllegalArgumentException(meta + " has no primary key");
        }
        if (key.length != pk.size()) {
            throw new dev.tideorm.core.error.KeyArityException(meta + " has a " + pk.size()
                    + "-column primary key; got " + key.length + " values");
        }
        List<Expr> parts = new ArrayList<>(pk.size());
        for (int i = 0; i < pk.size(); i++) {
            parts.add(eqUnchecked(pk.get(i), key[i]));
        }
        return Expr.and(parts);
    }

    @SuppressWarnings("unchecked")
    static <M, T> Expr eqUnchecked(Column<M, T> column, Object value) {
        return column.eq((T) value);
    }

    /** The entity this query reads. */
    public EntityMeta<M> meta() {
        return meta;
    }

    /** The statement tree. */
    public SelectStatement statement() {
        return tree();
    }

    /** Adds a condition, AND-ed with the existing ones. */
    public Select<M> filter(Expr condition) {
        return with(tree().where(condition));
    }

    /** Adds ORDER BY items. */
    public Select<M> orderBy(OrderBy... items) {
        SelectStatement s = tree();
        for (OrderBy o : items) {
            s = s.orderBy(o);
        }
        return with(s);
    }

    /** Orders by the primary key ascending. */
    public Select<M> orderByIdAsc() {
        SelectStatement s = tree();
        for (Column<M, ?> c : meta.primaryKey()) {
            s = s.orderBy(c.asc());
        }
        return with(s);
    }

    /** {@code LIMIT n}: at most {@code n} rows. */
    public Select<M> limit(long n) {
        if (lookup != null && n == 1 && tree().limit() == null) {
            return new Select<>(meta, tree().limit(n), loads, chunk, lookup.limitedToOne());
        }
        return with(tree().limit(n));
    }

    /** {@code OFFSET n}: skips the first {@code n} rows (order the query, or which rows is unspecified). */
    public Select<M> offset(long n) {
        return with(tree().offset(n));
    }

    /** Replaces the statement tree (for advanced use: joins, grouping). The SELECT list must stay the entity's. */
    public Select<M> withStatement(SelectStatement s) {
        return with(s);
    }

    // ---- related rows (the smart loader) ----

    /**
     * Also loads {@code relation} under every row: a to-one relation with nothing requested under it is LEFT
     * JOINed into this query; anything else is one more query for all rows at once
     * ({@code ... WHERE fk = ANY($1)}). Calls accumulate; other relations stay unloaded.
     *
     * <pre>{@code
     * User_.find().filter(User_.ID.eq(42)).with(User_.PROFILE).with(User_.POSTS, Post_.TAGS).one(db)
     * // SELECT "user"...., "j1"... FROM "user" LEFT JOIN "profile" AS "j1" ON "j1"."user_id" = "user"."id" ... LIMIT $2
     * // SELECT "post"... FROM "post" WHERE "post"."user_id" = ANY($1) ORDER BY "post"."id" ASC
     * // SELECT "tag"..., "post_tag"."post_id" FROM "tag" INNER JOIN "post_tag" ON ... WHERE "post_tag"."post_id" = ANY($1) ...
     * }</pre>
     *
     * @throws IllegalArgumentException when the relation does not start at this query's entity
     */
    public <A> Select<M> with(Relation<M, A> relation) {
        return with(Path.of(relation));
    }

    /** Loads {@code relation} and, under each of its rows, {@code next}; see {@link #with(Relation)}. */
    public <A, B> Select<M> with(Relation<M, A> relation, Relation<A, B> next) {
        return with(Path.of(relation).then(next));
    }

    /** Loads a path of three relations; see {@link #with(Relation)}. */
    public <A, B, C> Select<M> with(Relation<M, A> relation, Relation<A, B> next, Relation<B, C> last) {
        return with(Path.of(relation).then(next).then(last));
    }

    /** Loads a path of any length ({@link Path#of}{@code (r1).then(r2)...}); see {@link #with(Relation)}. */
    public Select<M> with(Path<M, ?> path) {
        return new Select<>(meta, tree(), loads.with(path.relations()), chunk, null);
    }

    /**
     * The number of rows {@link #stream} reads per query when relations are loaded (default 500): each chunk's
     * relations are loaded before its rows are emitted, so memory stays bounded by the chunk.
     */
    public Select<M> chunkSize(int rows) {
        if (rows <= 0) {
            throw new IllegalArgumentException("chunk size must be positive: " + rows);
        }
        return new Select<>(meta, tree(), loads, rows, null);
    }

    /** The relations this query loads. */
    public LoadTree loads() {
        return loads;
    }

    /** Renders with bound parameters. */
    public Statement build(Dialect dialect) {
        return lookup != null ? lookup.build(meta, dialect, this::tree) : dialect.render(tree());
    }

    /** Renders with values inlined, for logs and tests. */
    public String inline(Dialect dialect) {
        return dialect.inline(tree());
    }

    // ---- partial selects, pagination ----

    /** Selects one column of this query, to be mapped with {@link Projection.Of1#into}. */
    public <A> Projection.Of1<M, A> select(Column<M, A> a) {
        return new Projection.Of1<>(tree(), a);
    }

    /**
     * Selects two columns of this query, to be mapped with a constructor reference:
     * {@code Cake_.find().select(Cake_.ID, Cake_.NAME).into(CakeName::new)}.
     */
    public <A, B> Projection.Of2<M, A, B> select(Column<M, A> a, Column<M, B> b) {
        return new Projection.Of2<>(tree(), a, b);
    }

    /** Selects three columns of this query. */
    public <A, B, C> Projection.Of3<M, A, B, C> select(Column<M, A> a, Column<M, B> b, Column<M, C> c) {
        return new Projection.Of3<>(tree(), a, b, c);
    }

    /** Selects four columns of this query. */
    public <A, B, C, D> Projection.Of4<M, A, B, C, D> select(Column<M, A> a, Column<M, B> b, Column<M, C> c,
                                                              Column<M, D> d) {
        return new Projection.Of4<>(tree(), a, b, c, d);
    }

    /**
     * Selects arbitrary items (aggregates, expressions with aliases) over this query's FROM and WHERE, to be
     * mapped with a {@link dev.tideorm.core.conn.RowMapper}.
     */
    public Projection.OfItems selectExprs(SelectItem... items) {
        return new Projection.OfItems(tree(), List.of(items));
    }

    /**
     * Offset pagination of this query with {@code pageSize} rows per page (pages numbered from 0); see
     * {@link Paginator}. Order the query first.
     */
    public Paginator<M> paginate(DbConn db, long pageSize) {
        if (loads.isEmpty()) {
            return Paginator.of(db, tree(), meta.rowMapper(), pageSize);
        }
        return Paginator.reading(db, tree(), s -> Loader.load(db, meta, s, loads).flatMapIterable(rows -> rows),
                pageSize);
    }

    /**
     * Keyset pagination of this query by {@code columns} (the primary key or unique NOT NULL columns); see
     * {@link Cursor}.
     */
    @SafeVarargs
    public final Cursor<M> cursorBy(Column<M, ?>... columns) {
        return Cursor.of(meta, tree(), List.of(columns)).loading(loads);
    }

    // ---- terminals ----

    /**
     * Streams the rows (0..N), respecting back-pressure; the query runs on each subscription and cancelling stops
     * it and releases the connection. Errors are {@link dev.tideorm.core.error.DbException}s.
     *
     * <p>Without relations the rows come as the database sends them. With relations ({@link #with}) the rows are
     * read in chunks of {@link #chunkSize} (by key when the query is unordered or ordered by the primary key, else
     * page by page with the key breaking ties), each chunk read to its end and its relations loaded before its rows
     * are emitted; the next chunk is read when rows are requested (at most one chunk ahead), so memory stays
     * bounded by two chunks however many rows there are, and it works inside a transaction's single connection.
     */
    public Flux<M> stream(DbConn db) {
        if (loads.isEmpty()) {
            // Rendered now rather than in a defer: the statement depends only on this immutable query and the
            // dialect, and the query itself runs on each subscription.
            Statement s;
            try {
                s = build(db.dialect());
            } catch (RuntimeException e) {
                return Flux.error(e);
            }
            return db.query(s, meta.rowMapper());
        }
        if (tree().limit() != null) {
            return all(db).flatMapIterable(rows -> rows);
        }
        // Chunks, each read to the end before its relations load (a transaction has one connection): by key when
        // the order allows it, else by page with the key breaking ties.
        List<Column<M, ?>> pk = meta.primaryKey();
        boolean byKey = tree().orderBy().isEmpty() || tree().orderBy().equals(pk.stream().map(Column::asc).toList());
        if (byKey && !pk.isEmpty()) {
            return Cursor.of(meta, tree().withOrderBy(List.of()), pk).loading(loads).streamAll(db, chunk);
        }
        SelectStatement ordered = tree();
        for (Column<M, ?> c : pk) {
            ordered = ordered.orderBy(c.asc());
        }
        return Paginator.reading(db, ordered, s -> Loader.load(db, meta, s, loads).flatMapIterable(rows -> rows),
                chunk).pages().concatMapIterable(rows -> rows, 1);
    }

    /** Collects every row (with the requested relations loaded). */
    public Mono<List<M>> all(DbConn db) {
        if (loads.isEmpty()) {
            return stream(db).collectList();
        }
        return Loader.load(db, meta, tree(), loads);
    }

    /**
     * The first row ({@code LIMIT 1}; a lookup by the whole primary key, {@code findById}, needs none), or
     * empty. The statement runs to completion (it is not cancelled after the row arrives).
     */
    public Mono<M> one(DbConn db) {
        // A lookup by the whole primary key finds at most one row: it needs no LIMIT (one bind less to send).
        Select<M> first = lookup != null ? this : limit(1);
        return loads.isEmpty() ? first.stream(db).singleOrEmpty()
                : first.all(db).flatMap(rows -> rows.isEmpty() ? Mono.empty() : Mono.just(rows.get(0)));
    }

    /**
     * The number of rows this query returns, ORDER BY, LIMIT and OFFSET ignored; emits one count. A plain
     * query is counted as {@code SELECT COUNT(*) FROM ... WHERE ...}; one with DISTINCT, GROUP BY or HAVING
     * (set through {@link #withStatement}) as a sub-query, {@code SELECT COUNT(*) AS "num_items" FROM (<query>)
     * AS "sub_query"}, so that groups are counted rather than the rows inside them.
     */
    public Mono<Long> count(DbConn db) {
        return Mono.defer(() -> db.query(countStatement(tree(), db.dialect()), row -> {
            Long n = row.get(0, Long.class);
            return n == null ? 0L : n;
        }).singleOrEmpty().defaultIfEmpty(0L));
    }

    /** The COUNT statement of {@link #count} for {@code statement}. */
    static Statement countStatement(SelectStatement statement, Dialect dialect) {
        SelectStatement rows = statement.withOrderBy(List.of()).limit(null).offset(null);
        if (rows.distinct() || !rows.groupBy().isEmpty() || rows.having() != null) {
            return Paginator.subQueryCount(rows, dialect);
        }
        return dialect.render(rows.withItems(List.of(SelectItem.of(Expr.countStar()))));
    }

    /** Whether any row matches. */
    public Mono<Boolean> exists(DbConn db) {
        SelectStatement s = tree().withItems(List.of(SelectItem.of(new Expr.Keyword("1"))))
                .withOrderBy(List.of()).limit(1L).offset(null);
        return Mono.defer(() -> db.query(db.dialect().render(s), row -> Boolean.TRUE).singleOrEmpty()
                .defaultIfEmpty(Boolean.FALSE));
    }
}
