package dev.tideorm.benchmarks.nested;

import dev.tideorm.benchmarks.nested.Trees.PostData;
import dev.tideorm.benchmarks.nested.Trees.Tree;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Statement;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hand-written R2DBC saving seed trees in one transaction, the three ways issue 8 compares TideORM with:
 * <ul>
 *   <li>{@link #perRow}, the baseline (a): one {@code INSERT} per row, generated keys read back
 *       ({@code returnGeneratedValues("id")}, i.e. {@code RETURNING "id"} on PostgreSQL) and threaded to the
 *       children by hand; {@code 2 + 17 N} statements;</li>
 *   <li>{@link #unnest}: one {@code INSERT ... SELECT * FROM unnest($1::text[], ...)} per table and level, the
 *       columns bound as arrays (PostgreSQL; on H2 the same statement with {@code UNNEST(CAST($1 AS VARCHAR
 *       ARRAY), ...)}); 7 statements at any N;</li>
 *   <li>{@link #multiRowValues}: one multi-row {@code INSERT ... VALUES ($1, $2), ($3, $4), ...} per table and
 *       level; 7 statements at any N.</li>
 * </ul>
 * Tables in TideORM's order: users and tags (level 0), profiles and posts (level 1, need the user keys), junction
 * rows (level 2, need post and tag keys). Generated keys come back in the order of the rows sent, which the
 * equivalence test checks on both backends. Each method emits the number of trees saved, after the commit.
 */
public final class RawNestedSave {
    private static final String USER_ONE = "INSERT INTO \"user\" (\"name\", \"email\") VALUES ($1, $2)";
    private static final String PROFILE_ONE = "INSERT INTO \"profile\" (\"picture\", \"user_id\") VALUES ($1, $2)";
    private static final String POST_ONE = "INSERT INTO \"post\" (\"user_id\", \"title\") VALUES ($1, $2)";
    private static final String TAG_ONE = "INSERT INTO \"tag\" (\"tag\") VALUES ($1)";
    private static final String POST_TAG_ONE = "INSERT INTO \"post_tag\" (\"post_id\", \"tag_id\") VALUES ($1, $2)";
    private static final int MAX_PARAMETERS = 65_535;

    private final RawSql raw;
    private final boolean postgres;

    public RawNestedSave(RawSql raw, BenchDb.Backend backend) {
        this.raw = raw;
        this.postgres = backend == BenchDb.Backend.POSTGRES;
    }

    // ---- (a) one INSERT per row ----

    /** Baseline (a): one INSERT per row in one transaction. */
    public Mono<Integer> perRow(List<Tree> trees) {
        return raw.inTransaction(c -> Flux.fromIterable(trees).concatMap(t -> perRowTree(c, t)).count()
                .map(Long::intValue));
    }

    private Mono<Void> perRowTree(Connection c, Tree t) {
        return insertOne(c, USER_ONE, t.name(), t.email()).flatMap(userId -> execute(c, PROFILE_ONE, t.picture(), userId)
                .thenMany(Flux.fromIterable(t.posts()).concatMap(p -> insertOne(c, POST_ONE, userId, p.title())
                        .flatMap(postId -> Flux.fromIterable(p.tags())
                                .concatMap(tag -> insertOne(c, TAG_ONE, tag)
                                        .flatMap(tagId -> execute(c, POST_TAG_ONE, postId, tagId)))
                                .then())))
                .then());
    }

    private Mono<Integer> insertOne(Connection c, String sql, Object... values) {
        Statement s = bind(raw.statement(c, sql), List.of(values)).returnGeneratedValues("id");
        return Flux.from(s.execute()).concatMap(r -> r.map((row, md) -> row.get(0, Integer.class))).single();
    }

    private Mono<Void> execute(Connection c, String sql, Object... values) {
        return Flux.from(bind(raw.statement(c, sql), List.of(values)).execute()).concatMap(r -> r.getRowsUpdated())
                .then();
    }

    // ---- one statement per table and level ----

    /** One {@code INSERT ... SELECT * FROM unnest(arrays)} per table and level. */
    public Mono<Integer> unnest(List<Tree> trees) {
        return batched(trees, new UnnestWriter());
    }

    /** One multi-row {@code INSERT ... VALUES} per table and level. */
    public Mono<Integer> multiRowValues(List<Tree> trees) {
        return batched(trees, new ValuesWriter());
    }

    /** Writes all rows of one table in one statement, returning the generated keys in row order if asked. */
    private interface TableWriter {
        Mono<List<Integer>> insert(Connection c, String table, List<String> columns, List<Class<?>> types,
                                   List<List<Object>> columnValues, boolean keys);
    }

    private Mono<Integer> batched(List<Tree> trees, TableWriter w) {
        List<Object> names = new ArrayList<>();
        List<Object> emails = new ArrayList<>();
        List<Object> tags = new ArrayList<>();
        for (Tree t : trees) {
            names.add(t.name());
            emails.add(t.email());
            for (PostData p : t.posts()) {
                tags.addAll(p.tags());
            }
        }
        return raw.inTransaction(c -> w.insert(c, "user", List.of("name", "email"), List.of(String.class,
                        String.class), List.of(names, emails), true)
                .zipWhen(u -> w.insert(c, "tag", List.of("tag"), List.of(String.class), List.of(tags), true))
                .flatMap(level0 -> {
                    List<Integer> userIds = level0.getT1();
                    List<Integer> tagIds = level0.getT2();
                    List<Object> pictures = new ArrayList<>();
                    List<Object> profileUsers = new ArrayList<>();
                    List<Object> postUsers = new ArrayList<>();
                    List<Object> titles = new ArrayList<>();
                    for (int i = 0; i < trees.size(); i++) {
                        Tree t = trees.get(i);
                        pictures.add(t.picture());
                        profileUsers.add(userIds.get(i));
                        for (PostData p : t.posts()) {
                            postUsers.add(userIds.get(i));
                            titles.add(p.title());
                        }
                    }
                    return w.insert(c, "profile", List.of("picture", "user_id"), List.of(String.class, Integer.class),
                                    List.of(pictures, profileUsers), false)
                            .then(w.insert(c, "post", List.of("user_id", "title"), List.of(Integer.class,
                                    String.class), List.of(postUsers, titles), true))
                            .flatMap(postIds -> {
                                List<Object> junctionPosts = new ArrayList<>();
                                List<Object> junctionTags = new ArrayList<>();
                                int tag = 0;
                                int post = 0;
                                for (Tree t : trees) {
                                    for (PostData p : t.posts()) {
                                        for (int k = 0; k < p.tags().size(); k++) {
                                            junctionPosts.add(postIds.get(post));
                                            junctionTags.add(tagIds.get(tag++));
                                        }
                                        post++;
                                    }
                                }
                                return w.insert(c, "post_tag", List.of("post_id", "tag_id"),
                                        List.of(Integer.class, Integer.class), List.of(junctionPosts, junctionTags),
                                        false);
                            });
                })
                .thenReturn(trees.size()));
    }

    private static Mono<List<Integer>> run(Statement s, boolean keys) {
        if (!keys) {
            return Flux.from(s.execute()).concatMap(r -> r.getRowsUpdated()).then(Mono.just(List.of()));
        }
        s.returnGeneratedValues("id");
        return Flux.from(s.execute()).concatMap(r -> r.map((row, md) -> row.get(0, Integer.class))).collectList();
    }

    private static String insertInto(String table, List<String> columns) {
        return "INSERT INTO \"" + table + "\" (" + String.join(", ", columns.stream().map(col -> "\"" + col + "\"")
                .toList()) + ")";
    }

    private static Statement bind(Statement s, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            s.bind(i, values.get(i));
        }
        return s;
    }

    /** {@code INSERT INTO t (a, b) SELECT * FROM unnest($1::text[], $2::int[])}: two parameters, constant text. */
    private final class UnnestWriter implements TableWriter {
        @Override
        public Mono<List<Integer>> insert(Connection c, String table, List<String> columns, List<Class<?>> types,
                                          List<List<Object>> columnValues, boolean keys) {
            StringBuilder sql = new StringBuilder(insertInto(table, columns)).append(" SELECT * FROM ")
                    .append(postgres ? "unnest(" : "UNNEST(");
            List<Object> arrays = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                boolean text = types.get(i) == String.class;
                if (i > 0) {
                    sql.append(", ");
                }
                sql.append(postgres ? "$" + (i + 1) + (text ? "::text[]" : "::int[]")
                        : "CAST($" + (i + 1) + (text ? " AS VARCHAR ARRAY)" : " AS INTEGER ARRAY)"));
                arrays.add(text ? columnValues.get(i).toArray(new String[0])
                        : columnValues.get(i).toArray(new Integer[0]));
            }
            sql.append(")");
            return run(bind(raw.statement(c, sql.toString()), arrays), keys);
        }
    }

    /** {@code INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4), ...}: one parameter per value. */
    private final class ValuesWriter implements TableWriter {
        @Override
        public Mono<List<Integer>> insert(Connection c, String table, List<String> columns, List<Class<?>> types,
                                          List<List<Object>> columnValues, boolean keys) {
            int rows = columnValues.get(0).size();
            int width = columns.size();
            if (rows * width > MAX_PARAMETERS) {
                return Mono.error(new IllegalArgumentException("more than " + MAX_PARAMETERS + " parameters"));
            }
            StringBuilder sql = new StringBuilder(insertInto(table, columns)).append(" VALUES ");
            List<Object> values = new ArrayList<>(rows * width);
            int n = 1;
            for (int r = 0; r < rows; r++) {
                sql.append(r == 0 ? "(" : ", (");
                for (int col = 0; col < width; col++) {
                    sql.append(col == 0 ? "$" : ", $").append(n++);
                    values.add(columnValues.get(col).get(r));
                }
                sql.append(')');
            }
            return run(bind(raw.statement(c, sql.toString()), values), keys);
        }
    }
}
