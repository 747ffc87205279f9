package dev.tideorm.benchmarks.hr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.benchmarks.hr.entity.Post;
import dev.tideorm.benchmarks.hr.entity.Profile;
import dev.tideorm.benchmarks.hr.entity.User;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark scenario once on a small seed (2,000 users, 200 with a full graph) in schema
 * {@code bench_hr_test}, and checks what it returns and what it stored. Needs PostgreSQL (see {@link PgTarget});
 * skipped when nothing listens there, unless {@code TIDE_REQUIRE_PG=1}, which makes it fail instead.
 */
class HrScenariosTest {
    private static final String SCHEMA = "bench_hr_test";
    private static final int USERS = 2_000;
    private static final int GRAPH_USERS = 200;

    private static PgTarget target;
    private static Mutiny.SessionFactory factory;
    private static HrScenarios scenarios;
    private static Vertx vertx;
    private static PgPool checks;

    @BeforeAll
    static void seed() {
        target = PgTarget.fromSystemProperties();
        if (!reachable(target)) {
            String why = "PostgreSQL is not reachable at " + target.host() + ":" + target.port();
            if ("1".equals(System.getenv("TIDE_REQUIRE_PG"))) {
                throw new AssertionError(why + " and TIDE_REQUIRE_PG=1");
            }
            Assumptions.abort(why + "; set TIDE_REQUIRE_PG=1 to fail instead of skipping");
        }
        new HrSchema(SCHEMA, USERS, GRAPH_USERS).recreate(target).toCompletableFuture().join();
        factory = HrSessionFactory.open(target, SCHEMA);
        scenarios = new HrScenarios(factory);
        vertx = Vertx.vertx();
        checks = PgPool.pool(vertx, new PgConnectOptions().setHost(target.host()).setPort(target.port())
                .setDatabase(target.database()).setUser(target.user()).setPassword(target.password()),
                new PoolOptions().setMaxSize(1));
    }

    @AfterAll
    static void close() {
        if (factory != null) {
            factory.close();
        }
        if (vertx != null) {
            vertx.close(); // not awaited: the JVM ends after the tests
        }
    }

    @Test
    void findById() {
        User user = scenarios.findById(1234).await().indefinitely();
        assertThat(user.getId()).isEqualTo(1234);
        assertThat(user.getEmail()).isEqualTo("user1234@example.org");
        assertThat(user.getName()).isEqualTo("user 1234");
    }

    @Test
    void findById32() {
        int[] ids = new SplittableRandom(7).ints(32, 1, USERS + 1).toArray();
        List<User> users = scenarios.findAll(ids).await().indefinitely();
        assertThat(users).extracting(User::getId).containsExactly(java.util.Arrays.stream(ids).boxed().toArray(Integer[]::new));
    }

    @Test
    void insertOne() {
        Integer id = scenarios.insertOne().await().indefinitely();
        assertThat(id).isGreaterThan(USERS);
        assertThat(count("SELECT count(*) FROM " + SCHEMA + ".\"user\" WHERE id = " + id)).isEqualTo(1);
    }

    @Test
    void insert1000() {
        List<Integer> ids = scenarios.insertMany(1_000).await().indefinitely();
        assertThat(ids).hasSize(1_000).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isGreaterThan(USERS));
        assertThat(count("SELECT count(*) FROM " + SCHEMA + ".\"user\" WHERE id IN (" + join(ids) + ")"))
                .isEqualTo(1_000);
    }

    @Test
    void stream100k() {
        List<User> users = scenarios.readAll(USERS).await().indefinitely();
        assertThat(users).hasSize(USERS);
        assertThat(users).extracting(User::getId).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isBetween(1, USERS));
    }

    @Test
    void nestedSave100() {
        List<User> users = scenarios.nestedSave(100).await().indefinitely();
        assertThat(users).hasSize(100);
        String ids = join(users.stream().map(User::getId).toList());
        assertThat(count("SELECT count(*) FROM " + SCHEMA + ".\"user\" WHERE id IN (" + ids + ")")).isEqualTo(100);
        assertThat(count("SELECT count(*) FROM " + SCHEMA + ".profile WHERE user_id IN (" + ids + ")")).isEqualTo(100);
        assertThat(count("SELECT count(*) FROM " + SCHEMA + ".post WHERE user_id IN (" + ids + ")")).isEqualTo(300);
        assertThat(count("SELECT count(*) FROM " + SCHEMA + ".post_tag pt JOIN " + SCHEMA + ".post p ON p.id = pt.post_id"
                + " WHERE p.user_id IN (" + ids + ")")).isEqualTo(600);
        assertThat(count("SELECT count(DISTINCT pt.tag_id) FROM " + SCHEMA + ".post_tag pt JOIN " + SCHEMA
                + ".post p ON p.id = pt.post_id WHERE p.user_id IN (" + ids + ")")).isEqualTo(600);
    }

    @Test
    void loadGraph100() {
        List<Integer> ids = HibernateReactiveBenchmark.distinctIds(new SplittableRandom(3), GRAPH_USERS, 100);
        List<Profile> profiles = scenarios.loadGraph(ids).await().indefinitely();
        assertThat(profiles).hasSize(100);
        assertThat(profiles).extracting(p -> p.getUser().getId()).containsExactlyInAnyOrderElementsOf(ids);
        Set<Integer> tagIds = new HashSet<>();
        for (Profile profile : profiles) {
            User user = profile.getUser();
            assertThat(profile.getPicture()).isEqualTo("pic" + user.getId() + ".png");
            assertThat(user.getPosts()).hasSize(3);
            for (Post post : user.getPosts()) {
                assertThat(post.getAuthor()).isSameAs(user);
                assertThat(post.getTitle()).endsWith(" of " + user.getId());
                assertThat(post.getTags()).hasSize(2);
                post.getTags().forEach(tag -> {
                    assertThat(tag.getTag()).isEqualTo("tag " + tag.getId());
                    tagIds.add(tag.getId());
                });
            }
        }
        assertThat(tagIds).hasSize(600);
    }

    private static String join(List<Integer> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** One count through the test's own Vert.x connection (the test thread may block). */
    private static long count(String sql) {
        Row row = checks.query(sql).execute().toCompletionStage().toCompletableFuture().join().iterator().next();
        return row.getLong(0);
    }

    private static boolean reachable(PgTarget target) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.host(), target.port()), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
