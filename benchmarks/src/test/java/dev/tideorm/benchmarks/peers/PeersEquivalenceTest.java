package dev.tideorm.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs every peer's operation once per scenario on a small data set (300 users, 120 with a graph, schema
 * {@code bench_peers_test}) and checks that they read the same rows, write the same rows and load the same graph
 * shape, so that no library's benchmark silently does less work. Needs the local PostgreSQL: skipped when it is
 * not reachable, failed instead when {@code TIDE_REQUIRE_PG=1}.
 */
class PeersEquivalenceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final PeerData DATA = new PeerData(System.getProperty("peers.url", PeerData.DEFAULT_URL),
            "bench_peers_test", 300, 120);
    /** Trees per nested save and rows per bulk insert here: the benchmark's code paths on smaller inputs. */
    private static final int TREES = 10;
    private static final int ROWS = 200;
    private static final Map<String, Peer> PEERS = new LinkedHashMap<>();
    private static ConnectionPool checks;

    @BeforeAll
    static void open() {
        requirePostgres();
        DATA.ensureSeeded();
        checks = DATA.pool(1);
        PEERS.put("raw", new RawPeer(DATA.pool(4)));
        PEERS.put("tide", new TidePeer(DATA.pool(4)));
        PEERS.put("springdata", new SpringDataPeer(DATA.pool(4)));
        PEERS.put("jooq", new JooqPeer(DATA.pool(4)));
    }

    @AfterAll
    static void close() {
        PEERS.values().forEach(Peer::close);
        PEERS.clear();
        if (checks != null) {
            checks.dispose();
        }
    }

    private static void requirePostgres() {
        try {
            Mono.usingWhen(Mono.from(ConnectionFactories.get(DATA.url()).create()),
                    c -> Mono.from(c.validate(io.r2dbc.spi.ValidationDepth.REMOTE)), Connection::close)
                    .block(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            if ("1".equals(System.getenv("TIDE_REQUIRE_PG"))) {
                Assertions.fail("PostgreSQL required (TIDE_REQUIRE_PG=1) but not reachable at " + DATA.url(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + DATA.url() + ": " + e);
        }
    }

    @Test
    void findByIdReadsTheSameUser() {
        for (Map.Entry<String, Peer> e : PEERS.entrySet()) {
            Object found = e.getValue().findById(7).block(TIMEOUT);
            assertThat(e.getValue().user(found)).as(e.getKey())
                    .isEqualTo(new Shapes.UserRow(7, "user 7", "user7@seed.example"));
            assertThat(e.getValue().findById(DATA.users() + 1_000_000).block(TIMEOUT)).as(e.getKey()).isNull();
        }
    }

    @Test
    void findById32ReadsTheSame32Users() {
        int[] ids = IntStream.rangeClosed(1, 32).map(i -> i * 9).toArray();
        List<Shapes.UserRow> expected = IntStream.of(ids)
                .mapToObj(i -> new Shapes.UserRow(i, "user " + i, "user" + i + "@seed.example")).toList();
        for (Map.Entry<String, Peer> e : PEERS.entrySet()) {
            List<Shapes.UserRow> rows = e.getValue().findByIds(ids).map(e.getValue()::user).collectList()
                    .block(TIMEOUT).stream().sorted(Comparator.comparingInt(Shapes.UserRow::id)).toList();
            assertThat(rows).as(e.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void streamReadsEveryUser() {
        List<Shapes.UserRow> expected = IntStream.rangeClosed(1, DATA.users())
                .mapToObj(i -> new Shapes.UserRow(i, "user " + i, "user" + i + "@seed.example")).toList();
        for (Map.Entry<String, Peer> e : PEERS.entrySet()) {
            List<Shapes.UserRow> rows = e.getValue().stream(DATA.users()).map(e.getValue()::user).collectList()
                    .block(TIMEOUT).stream().sorted(Comparator.comparingInt(Shapes.UserRow::id)).toList();
            assertThat(rows).as(e.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void insertOneWritesOneRowAndReturnsItsId() {
        for (Map.Entry<String, Peer> e : PEERS.entrySet()) {
            long before = countRows("user");
            Shapes.NewUser u = PeerData.newUser(e.getKey());
            Integer id = e.getValue().insertOne(u).block(TIMEOUT);
            assertThat(countRows("user")).as(e.getKey()).isEqualTo(before + 1);
            assertThat(query("SELECT name, email FROM \"user\" WHERE id = $1", id))
                    .as(e.getKey()).containsExactly(List.of(u.name(), u.email()));
        }
    }

    @Test
    void insertManyWritesEveryRowAndReturnsTheIdsInOrder() {
        for (Map.Entry<String, Peer> e : PEERS.entrySet()) {
            long before = countRows("user");
            List<Shapes.NewUser> users = PeerData.newUsers(e.getKey(), ROWS);
            List<Integer> ids = e.getValue().insertMany(users).collectList().block(TIMEOUT);
            assertThat(ids).as(e.getKey()).hasSize(ROWS).doesNotHaveDuplicates();
            assertThat(countRows("user")).as(e.getKey()).isEqualTo(before + ROWS);
            // the ids come back in insertion order: each names the row of the user at its position
            List<List<Object>> stored = query("SELECT email FROM \"user\" WHERE id = ANY($1) ORDER BY id",
                    (Object) ids.toArray(Integer[]::new));
            assertThat(stored).as(e.getKey()).hasSize(ROWS);
            List<Integer> sortedIds = ids.stream().sorted().toList();
            for (int i = 0; i < ROWS; i += 7) {
                int position = ids.indexOf(sortedIds.get(i));
                assertThat(stored.get(i).get(0)).as(e.getKey()).isEqualTo(users.get(position).email());
            }
        }
    }

    @Test
    void nestedSaveWritesTheSameSeventeenRowsPerTree() {
        List<String> tables = List.of("user", "profile", "post", "tag", "post_tag");
        for (Map.Entry<String, Peer> e : PEERS.entrySet()) {
            Map<String, Long> before = new LinkedHashMap<>();
            tables.forEach(t -> before.put(t, countRows(t)));
            List<Shapes.Tree> trees = PeerData.newTrees(e.getKey(), TREES);
            List<Integer> ids = e.getValue().saveTrees(trees).collectList().block(TIMEOUT);

            assertThat(ids).as(e.getKey()).hasSize(TREES).doesNotHaveDuplicates();
            int n = TREES;
            assertThat(countRows("user") - before.get("user")).as(e.getKey()).isEqualTo(n);
            assertThat(countRows("profile") - before.get("profile")).as(e.getKey()).isEqualTo(n);
            assertThat(countRows("post") - before.get("post")).as(e.getKey()).isEqualTo(3L * n);
            assertThat(countRows("tag") - before.get("tag")).as(e.getKey()).isEqualTo(6L * n);
            assertThat(countRows("post_tag") - before.get("post_tag")).as(e.getKey()).isEqualTo(6L * n);
            Integer[] userIds = ids.toArray(Integer[]::new);
            // every child hangs from the parent whose name it carries: a mismatched generated key would show here
            assertThat(count("SELECT count(*) FROM \"user\" u JOIN profile p ON p.user_id = u.id"
                    + " WHERE u.id = ANY($1) AND p.picture = u.name || '.png'", (Object) userIds)).as(e.getKey()).isEqualTo(n);
            assertThat(count("SELECT count(*) FROM \"user\" u JOIN post p ON p.user_id = u.id"
                    + " WHERE u.id = ANY($1) AND p.title LIKE u.name || '/p%'", (Object) userIds)).as(e.getKey())
                    .isEqualTo(3L * n);
            assertThat(count("SELECT count(*) FROM \"user\" u JOIN post p ON p.user_id = u.id"
                    + " JOIN post_tag pt ON pt.post_id = p.id JOIN tag t ON t.id = pt.tag_id"
                    + " WHERE u.id = ANY($1) AND t.tag LIKE p.title || '/t%'", (Object) userIds)).as(e.getKey())
                    .isEqualTo(6L * n);
            assertThat(query("SELECT name FROM \"user\" WHERE id = $1", ids.get(0)))
                    .as(e.getKey()).containsExactly(List.of(trees.get(0).name()));
        }
    }

    @Test
    void loadGraph100LoadsTheSameGraph() {
        int[] ids = IntStream.rangeClosed(11, 110).toArray();
        List<Shapes.GraphUser> expected = null;
        Map<String, List<Shapes.GraphUser>> graphs = new LinkedHashMap<>();
        for (Map.Entry<String, Peer> e : PEERS.entrySet()) {
            graphs.put(e.getKey(), sorted(e.getValue().loadGraph(ids).map(e.getValue()::graph)));
        }
        graphs.put("raw N+1", sorted(((RawPeer) PEERS.get("raw")).loadGraphNPlusOne(ids)));
        for (Map.Entry<String, List<Shapes.GraphUser>> e : graphs.entrySet()) {
            List<Shapes.GraphUser> g = e.getValue();
            assertThat(g).as(e.getKey()).hasSize(100);
            assertThat(g).as(e.getKey()).allSatisfy(u -> {
                assertThat(u.profile()).isEqualTo(new Shapes.GraphProfile(u.id(), "user" + u.id() + ".png"));
                assertThat(u.posts()).hasSize(3).allSatisfy(p -> assertThat(p.tags()).hasSize(2)
                        .allSatisfy(t -> assertThat(t.tag()).isEqualTo("post" + p.id() + "/t" + (t.id() - 1) % 2)));
            });
            if (expected == null) {
                expected = g;
            }
            assertThat(g).as(e.getKey()).isEqualTo(expected);
        }
        assertThat(expected.get(0)).isEqualTo(new Shapes.GraphUser(11, "user 11", "user11@seed.example",
                new Shapes.GraphProfile(11, "user11.png"), List.of(
                        new Shapes.GraphPost(31, "user11/p0", List.of(new Shapes.GraphTag(61, "post31/t0"),
                                new Shapes.GraphTag(62, "post31/t1"))),
                        new Shapes.GraphPost(32, "user11/p1", List.of(new Shapes.GraphTag(63, "post32/t0"),
                                new Shapes.GraphTag(64, "post32/t1"))),
                        new Shapes.GraphPost(33, "user11/p2", List.of(new Shapes.GraphTag(65, "post33/t0"),
                                new Shapes.GraphTag(66, "post33/t1"))))));
    }

    private static List<Shapes.GraphUser> sorted(Flux<Shapes.GraphUser> graph) {
        return graph.map(Shapes.GraphUser::sorted).collectList().block(TIMEOUT).stream()
                .sorted(Comparator.comparingInt(Shapes.GraphUser::id)).toList();
    }

    private static long countRows(String table) {
        return count("SELECT count(*) FROM \"" + table + "\"");
    }

    private static long count(String sql, Object... args) {
        return ((Number) query(sql, args).get(0).get(0)).longValue();
    }

    private static List<List<Object>> query(String sql, Object... args) {
        return Mono.usingWhen(checks.create(), c -> {
            io.r2dbc.spi.Statement st = c.createStatement(sql);
            for (int i = 0; i < args.length; i++) {
                st.bind(i, args[i]);
            }
            return Flux.from(st.execute()).concatMap(r -> r.map((row, md) -> {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < md.getColumnMetadatas().size(); i++) {
                    values.add(row.get(i));
                }
                return values;
            })).collectList();
        }, Connection::close).block(TIMEOUT);
    }
}
