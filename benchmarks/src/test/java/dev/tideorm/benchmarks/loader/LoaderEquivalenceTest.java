package dev.tideorm.benchmarks.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.benchmarks.nested.PostgresCheck;
import dev.tideorm.examples.blog.entity.Post;
import dev.tideorm.examples.blog.entity.Tag;
import dev.tideorm.examples.blog.entity.User;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every variant of {@link LoaderBenchmark} builds the same graph (equal entity records: user, loaded profile,
 * posts in id order, each with its tags in id order; the other relations unloaded) and sends the stated number
 * of queries: 3 for TideORM and the batched baseline at any M, {@code 1 + 5 M} for N+1. PostgreSQL only.
 */
class LoaderEquivalenceTest {
    private static final int USERS = 300;
    private static LoaderFixture fixture;

    @BeforeAll
    static void seed() {
        PostgresCheck.requirePostgres();
        fixture = LoaderFixture.seed("bench_loader_test", USERS);
    }

    @AfterAll
    static void close() {
        if (fixture != null) {
            fixture.db().close();
        }
    }

    @Test
    void everyVariantLoadsTheSameGraphWithTheStatedQueries() {
        Random random = new Random(7);
        for (int m : new int[] {1, 100, USERS}) {
            List<Integer> ids = fixture.randomIds(m, random);
            Map<Integer, User> expected = null;
            for (Map.Entry<String, Function<List<Integer>, reactor.core.publisher.Mono<List<User>>>> v
                    : fixture.variants().entrySet()) {
                fixture.db().tally().startRecording();
                List<User> users = v.getValue().apply(ids).block();
                List<String> queries = fixture.db().tally().stopRecording();
                String as = v.getKey() + " M = " + m;

                assertThat(queries).as(as).hasSize(v.getKey().equals("rawNPlusOne") ? 1 + 5 * m : 3)
                        .allSatisfy(q -> assertThat(q).startsWith("SELECT "));
                Map<Integer, User> byId = users.stream().collect(Collectors.toMap(User::id, u -> u));
                assertThat(byId.keySet()).as(as).containsExactlyInAnyOrderElementsOf(ids);
                assertThat(byId.values()).as(as).allSatisfy(LoaderEquivalenceTest::isASeedTree);
                if (expected == null) {
                    expected = byId;
                } else {
                    assertThat(byId).as(as + " equals tide's graph").isEqualTo(expected);
                }
            }
        }
    }

    /** Profile, 3 posts under the user with 2 tags each, names derived from the parent's: the whole tree. */
    private static void isASeedTree(User u) {
        assertThat(u.profile().get()).get().satisfies(p -> {
            assertThat(p.picture()).isEqualTo(u.name() + ".png");
            assertThat(p.userId()).isEqualTo(u.id());
        });
        assertThat(u.posts().get()).extracting(Post::title)
                .containsExactly(u.name() + "/p0", u.name() + "/p1", u.name() + "/p2");
        for (Post p : u.posts().get()) {
            assertThat(p.userId()).isEqualTo(u.id());
            assertThat(p.tags().get()).extracting(Tag::tag).containsExactly(p.title() + "/t0", p.title() + "/t1");
            assertThat(p.author().isUnloaded()).isTrue();
        }
        assertThat(u.followers().isUnloaded()).isTrue();
    }
}
