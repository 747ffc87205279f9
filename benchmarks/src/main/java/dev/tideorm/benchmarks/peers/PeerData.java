package dev.tideorm.benchmarks.peers;

import dev.tideorm.r2dbc.Database;
import dev.tideorm.schema.SchemaSync;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The peer benchmarks' data set in one PostgreSQL schema: the blog tables as TideORM's example entities define
 * them (created by TideORM's schema sync), {@code users} users with ids 1..users, and the first
 * {@code graphUsers} of them each with a profile, 3 posts and 2 tags per post. Also the pool every peer uses
 * (r2dbc-pool, 32 connections, driver-default statement caching) and the random inputs of each invocation.
 *
 * <p>Setup and clean-up block: they run at the benchmark harness edge, never inside a measured operation.
 *
 * @param url the R2DBC URL of the database (without schema)
 * @param schema the schema holding the tables
 * @param users the number of seeded users (find and stream)
 * @param graphUsers the number of seeded users with a profile, posts and tags (loadGraph100)
 */
public record PeerData(String url, String schema, int users, int graphUsers) {
    /** The default database: the local PostgreSQL. */
    public static final String DEFAULT_URL = "r2dbc:postgresql://postgres@127.0.0.1:5432/test";
    /** Users per loadGraph100 operation and trees per nestedSave100 operation. */
    public static final int BATCH = 100;
    /** Concurrent lookups per findById32 operation. */
    public static final int CONCURRENT = 32;
    /** Pool size of every peer. */
    public static final int POOL = 32;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    /** The benchmark data set: 100,000 users, 1,000 of them with a graph, in schema {@code bench_peers}. */
    public static PeerData benchmark() {
        return new PeerData(System.getProperty("peers.url", DEFAULT_URL), "bench_peers", 100_000, 1_000);
    }

    /** The R2DBC URL reaching the schema. */
    public String schemaUrl() {
        return url + (url.contains("?") ? "&" : "?") + "schema=" + schema;
    }

    /** A pool of {@value #POOL} connections on the schema, warmed up. */
    public ConnectionPool pool() {
        return pool(POOL);
    }

    /** A pool of {@code size} connections on the schema, warmed up. */
    public ConnectionPool pool(int size) {
        ConnectionFactory factory = ConnectionFactories.get(schemaUrl());
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
                .initialSize(size).maxSize(size).maxAcquireTime(Duration.ofSeconds(30)).build());
        pool.warmup().block(TIMEOUT);
        return pool;
    }

    /** Creates and seeds the schema unless it already holds exactly this data set. */
    public void ensureSeeded() {
        ConnectionFactory admin = ConnectionFactories.get(url);
        Boolean seeded = Mono.usingWhen(Mono.from(admin.create()),
                c -> Flux.from(c.createStatement("SELECT count(*) FROM information_schema.tables WHERE table_schema"
                        + " = $1 AND table_name = 'bench_seed'").bind(0, schema).execute())
                        .concatMap(r -> r.map((row, md) -> row.get(0, Long.class))).single()
                        .flatMap(n -> n == 0 ? Mono.just(false) : Flux.from(c.createStatement("SELECT users,"
                                + " graph_users FROM \"" + schema + "\".bench_seed").execute())
                                .concatMap(r -> r.map((row, md) -> row.get(0, Integer.class) == users
                                        && row.get(1, Integer.class) == graphUsers))
                                .next().defaultIfEmpty(false)),
                Connection::close).block(TIMEOUT);
        if (Boolean.TRUE.equals(seeded)) {
            cleanUp();
            return;
        }
        exec(admin, List.of("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE", "CREATE SCHEMA \"" + schema + "\""));
        ConnectionFactory factory = ConnectionFactories.get(schemaUrl());
        SchemaSync.registry(Database.wrap(factory), "dev.tideorm.examples.blog.entity").sync().block(TIMEOUT);
        int posts = graphUsers * 3;
        exec(factory, List.of(
                "INSERT INTO \"user\" (id, name, email) SELECT i, 'user ' || i, 'user' || i || '@seed.example'"
                        + " FROM generate_series(1, " + users + ") AS i",
                "INSERT INTO profile (id, picture, user_id) SELECT i, 'user' || i || '.png', i"
                        + " FROM generate_series(1, " + graphUsers + ") AS i",
                "INSERT INTO post (id, user_id, title) SELECT (u - 1) * 3 + p + 1, u, 'user' || u || '/p' || p"
                        + " FROM generate_series(1, " + graphUsers + ") AS u, generate_series(0, 2) AS p",
                "INSERT INTO tag (id, tag) SELECT (p - 1) * 2 + t + 1, 'post' || p || '/t' || t"
                        + " FROM generate_series(1, " + posts + ") AS p, generate_series(0, 1) AS t",
                "INSERT INTO post_tag (post_id, tag_id) SELECT p, (p - 1) * 2 + t + 1"
                        + " FROM generate_series(1, " + posts + ") AS p, generate_series(0, 1) AS t",
                "SELECT setval(pg_get_serial_sequence('\"user\"', 'id'), " + users + ")",
                "SELECT setval(pg_get_serial_sequence('profile', 'id'), " + graphUsers + ")",
                "SELECT setval(pg_get_serial_sequence('post', 'id'), " + posts + ")",
                "SELECT setval(pg_get_serial_sequence('tag', 'id'), " + posts * 2 + ")",
                "ANALYZE",
                "CREATE TABLE bench_seed (users int NOT NULL, graph_users int NOT NULL)",
                "INSERT INTO bench_seed VALUES (" + users + ", " + graphUsers + ")"));
    }

    /** Deletes every row the scenarios wrote, leaving the seed as it was. */
    public void cleanUp() {
        int posts = graphUsers * 3;
        exec(ConnectionFactories.get(schemaUrl()), List.of(
                "DELETE FROM post_tag WHERE post_id > " + posts + " OR tag_id > " + posts * 2,
                "DELETE FROM post WHERE id > " + posts,
                "DELETE FROM profile WHERE id > " + graphUsers,
                "DELETE FROM tag WHERE id > " + posts * 2,
                "DELETE FROM \"user\" WHERE id > " + users));
    }

    /** The number of rows in {@code table}, counted with plain R2DBC. */
    public long count(String table) {
        return Mono.usingWhen(Mono.from(ConnectionFactories.get(schemaUrl()).create()),
                c -> Flux.from(c.createStatement("SELECT count(*) FROM \"" + table + "\"").execute())
                        .concatMap(r -> r.map((row, md) -> row.get(0, Long.class))).single(),
                Connection::close).block(TIMEOUT);
    }

    /** A random seeded user id. */
    public int randomUser() {
        return ThreadLocalRandom.current().nextInt(1, users + 1);
    }

    /** {@code n} random seeded user ids (repeats possible). */
    public int[] randomUsers(int n) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = randomUser();
        }
        return ids;
    }

    /** {@value #BATCH} distinct random ids of users that have a graph. */
    public int[] randomGraphUsers() {
        return ThreadLocalRandom.current().ints(1, graphUsers + 1).distinct().limit(BATCH).toArray();
    }

    /** A user with a name and email no other invocation uses. */
    public static Shapes.NewUser newUser(String library) {
        String name = library + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
        return new Shapes.NewUser(name, name + "@new.bench");
    }

    /** {@code n} new users. */
    public static List<Shapes.NewUser> newUsers(String library, int n) {
        List<Shapes.NewUser> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(newUser(library));
        }
        return out;
    }

    /** {@code n} seed trees with fresh unique emails and tag names: 17 rows each. */
    public static List<Shapes.Tree> newTrees(String library, int n) {
        List<Shapes.Tree> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = library + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
            List<Shapes.TreePost> posts = new ArrayList<>(3);
            for (int p = 0; p < 3; p++) {
                String title = name + "/p" + p;
                posts.add(new Shapes.TreePost(title, List.of(title + "/t0", title + "/t1")));
            }
            out.add(new Shapes.Tree(name, name + "@tree.bench", name + ".png", posts));
        }
        return out;
    }

    private static void exec(ConnectionFactory factory, List<String> statements) {
        Mono.usingWhen(Mono.from(factory.create()),
                c -> Flux.fromIterable(statements)
                        .concatMap(sql -> Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.getRowsUpdated()))
                        .then(),
                Connection::close).block(TIMEOUT);
    }
}
