package dev.tideorm.benchmarks.nested;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

/**
 * Every variant of {@link NestedSaveBenchmark} leaves the same rows, each hanging from the right parent, and sends
 * the stated number of statements: 7 for TideORM, unnest and multi-row VALUES at any N, {@code 2 + 17 N} one row
 * at a time. So no variant silently does less work than another.
 */
class NestedSaveEquivalenceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgres", "h2"})
    void everyVariantStoresTheSameTreesWithTheStatedStatements(String backend) {
        if (backend.equals("postgres")) {
            PostgresCheck.requirePostgres();
        }
        try (BenchDb db = BenchDb.open(BenchDb.Backend.of(backend), "bench_nested_test", 4)) {
            RawNestedSave raw = new RawNestedSave(db.raw(), db.backend());
            for (int n : new int[] {1, 10, 100}) {
                String prefix = "t" + n + "_";
                Map<String, Function<String, Mono<?>>> variants = NestedSaveCounts.variants(db, raw, n);
                for (Map.Entry<String, Function<String, Mono<?>>> v : variants.entrySet()) {
                    db.truncate();
                    db.tally().startRecording();
                    v.getValue().apply(prefix).block();
                    List<String> shapes = db.tally().stopRecording();

                    String as = backend + " " + v.getKey() + " N = " + n;
                    assertThat(shapes).as(as).hasSize(v.getKey().equals("rawPerRow") ? 2 + 17 * n : 7);
                    assertThat(shapes.get(0)).as(as).isEqualTo("BEGIN");
                    assertThat(shapes.get(shapes.size() - 1)).as(as).isEqualTo("COMMIT");
                    assertThat(state(db)).as(as).isEqualTo(expected(prefix, n));
                }
            }
        }
    }

    /** What the trees must leave: users with their profile, posts under their user, tags under their post. */
    private static List<Object> expected(String prefix, int n) {
        List<List<Object>> users = new ArrayList<>();
        List<List<Object>> posts = new ArrayList<>();
        List<List<Object>> tags = new ArrayList<>();
        for (Trees.Tree t : Trees.data(prefix, n)) {
            users.add(List.of(t.name(), t.email(), t.picture()));
            for (Trees.PostData p : t.posts()) {
                posts.add(List.of(t.name(), p.title()));
                for (String tag : p.tags()) {
                    tags.add(List.of(p.title(), tag));
                }
            }
        }
        java.util.Comparator<List<Object>> byText = java.util.Comparator.comparing(Object::toString);
        users.sort(byText);
        posts.sort(byText);
        tags.sort(byText);
        return List.of(users, posts, tags, List.of(n, n, 3 * n, 6 * n, 6 * n));
    }

    private static List<Object> state(BenchDb db) {
        java.util.Comparator<List<Object>> byText = java.util.Comparator.comparing(Object::toString);
        List<List<Object>> users = new ArrayList<>(db.rows("SELECT u.\"name\", u.\"email\", p.\"picture\" FROM \"user\" u"
                + " LEFT JOIN \"profile\" p ON p.\"user_id\" = u.\"id\"").stream()
                .map(r -> List.<Object>of(r.get("name"), r.get("email"), r.get("picture"))).toList());
        List<List<Object>> posts = new ArrayList<>(db.rows("SELECT u.\"name\", p.\"title\" FROM \"post\" p"
                + " JOIN \"user\" u ON u.\"id\" = p.\"user_id\"").stream()
                .map(r -> List.<Object>of(r.get("name"), r.get("title"))).toList());
        List<List<Object>> tags = new ArrayList<>(db.rows("SELECT p.\"title\", t.\"tag\" FROM \"post_tag\" pt"
                + " JOIN \"post\" p ON p.\"id\" = pt.\"post_id\" JOIN \"tag\" t ON t.\"id\" = pt.\"tag_id\"").stream()
                .map(r -> List.<Object>of(r.get("title"), r.get("tag"))).toList());
        users.sort(byText);
        posts.sort(byText);
        tags.sort(byText);
        List<Object> counts = new ArrayList<>();
        for (String table : List.of("user", "profile", "post", "tag", "post_tag")) {
            Object c = db.rows("SELECT COUNT(*) AS n FROM \"" + table + "\"").get(0).get("n");
            counts.add(((Number) c).intValue());
        }
        return List.of(users, posts, tags, counts);
    }
}
