package dev.tideorm.benchmarks.loader;

import dev.tideorm.benchmarks.nested.BenchDb;
import dev.tideorm.benchmarks.nested.Trees;
import dev.tideorm.examples.blog.entity.Post_;
import dev.tideorm.examples.blog.entity.User;
import dev.tideorm.examples.blog.entity.User_;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * The loader benchmark's data and variants: {@code users} seed trees (user, profile, 3 posts with 2 tags each)
 * written once on the schema {@code bench_loader}; random sets of user ids; and the three ways of loading them,
 * by benchmark method name.
 */
public final class LoaderFixture {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final BenchDb db;
    private final RawLoader raw;
    private final int[] ids;

    private LoaderFixture(BenchDb db, int[] ids) {
        this.db = db;
        this.raw = new RawLoader(db.raw());
        this.ids = ids;
    }

    /**
     * Opens {@code schema} on PostgreSQL (pool of 8, fresh tables) and seeds it with {@code users} trees named as
     * {@link Trees#data} names them ({@code s<i>}), written set-wise in 5 statements so that a trial's set-up takes
     * about a second rather than the 30 s that saving 2,000 trees costs on a loaded machine.
     */
    public static LoaderFixture seed(String schema, int users) {
        BenchDb db = BenchDb.open(BenchDb.Backend.POSTGRES, schema, 8);
        String posts = String.valueOf(Trees.POSTS - 1);
        String tags = String.valueOf(Trees.TAGS - 1);
        db.exec("INSERT INTO \"user\" (\"name\", \"email\") SELECT 's' || i, 's' || i || '@b.ench'"
                + " FROM generate_series(0, " + (users - 1) + ") AS i ORDER BY i");
        db.exec("INSERT INTO \"profile\" (\"picture\", \"user_id\") SELECT u.\"name\" || '.png', u.\"id\""
                + " FROM \"user\" u ORDER BY u.\"id\"");
        db.exec("INSERT INTO \"post\" (\"user_id\", \"title\") SELECT u.\"id\", u.\"name\" || '/p' || p"
                + " FROM \"user\" u, generate_series(0, " + posts + ") AS p ORDER BY u.\"id\", p");
        db.exec("INSERT INTO \"tag\" (\"tag\") SELECT po.\"title\" || '/t' || t FROM \"post\" po,"
                + " generate_series(0, " + tags + ") AS t ORDER BY po.\"id\", t");
        db.exec("INSERT INTO \"post_tag\" (\"post_id\", \"tag_id\") SELECT po.\"id\", t.\"id\""
                + " FROM \"post\" po JOIN \"tag\" t ON left(t.\"tag\", length(t.\"tag\") - 3) = po.\"title\"");
        db.exec("ANALYZE");
        int[] ids = db.rows("SELECT \"id\" FROM \"user\" ORDER BY \"id\"").stream()
                .mapToInt(r -> ((Number) r.get("id")).intValue()).toArray();
        long junction = ((Number) db.rows("SELECT COUNT(*) AS n FROM \"post_tag\"").get(0).get("n")).longValue();
        if (ids.length != users || junction != (long) users * Trees.POSTS * Trees.TAGS) {
            throw new IllegalStateException("seeding failed: " + ids.length + " users, " + junction + " post_tag rows");
        }
        return new LoaderFixture(db, ids);
    }

    public BenchDb db() {
        return db;
    }

    /** The hand-written loaders on the same pool. */
    public RawLoader raw() {
        return raw;
    }

    /** {@code m} distinct user ids drawn at random (a partial Fisher-Yates shuffle). */
    public List<Integer> randomIds(int m, Random random) {
        int[] a = ids.clone();
        List<Integer> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(a.length - i);
            int t = a[j];
            a[j] = a[i];
            a[i] = t;
            out.add(t);
        }
        return out;
    }

    /** TideORM: {@code User_.find().filter(User_.ID.anyOf(ids)).with(User_.PROFILE).with(User_.POSTS, Post_.TAGS)}. */
    public Mono<List<User>> tide(List<Integer> userIds) {
        return User_.find().filter(User_.ID.anyOf(userIds)).with(User_.PROFILE).with(User_.POSTS, Post_.TAGS)
                .all(db.db());
    }

    /** The variants by benchmark method name. */
    public Map<String, Function<List<Integer>, Mono<List<User>>>> variants() {
        Map<String, Function<List<Integer>, Mono<List<User>>>> m = new LinkedHashMap<>();
        m.put("tide", this::tide);
        m.put("rawBatched", raw::batched);
        m.put("rawNPlusOne", raw::nPlusOne);
        return m;
    }

    /** Runs each variant once on {@code userIds}; returns the shapes of the queries each sent. */
    public Map<String, List<String>> shapes(List<Integer> userIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        variants().forEach((name, v) -> {
            db.tally().startRecording();
            v.apply(userIds).block(TIMEOUT);
            out.put(name, db.tally().stopRecording());
        });
        return out;
    }

    /** One line: {@code M = 100: tide 3, rawBatched 3, rawNPlusOne 501}. */
    public static String line(Map<String, List<String>> shapes, int m) {
        StringBuilder b = new StringBuilder("M = " + m + ":");
        shapes.forEach((name, s) -> b.append(' ').append(name).append(' ').append(s.size()).append(','));
        b.setLength(b.length() - 1);
        return b.toString();
    }
}
