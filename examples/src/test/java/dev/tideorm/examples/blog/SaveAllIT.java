package dev.tideorm.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.examples.blog.entity.PostActiveModel;
import dev.tideorm.examples.blog.entity.ProfileActiveModel;
import dev.tideorm.examples.blog.entity.TagActiveModel;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * {@code saveAll}: many trees in one transaction, their rows batched together, so the number of statements does
 * not grow with the number of trees; generated keys reach the right children even while other transactions
 * insert into the same tables.
 */
class SaveAllIT {

    /** The benchmark's seed tree: a user, a profile, 3 posts with 2 tags each (17 rows with the junction rows). */
    static UserActiveModel tree(String name) {
        UserActiveModel u = UserActiveModel.builder().setName(name).setEmail(name + "@x")
                .setProfile(ProfileActiveModel.builder().setPicture(name + ".png"));
        for (int p = 0; p < 3; p++) {
            String title = name + "/p" + p;
            u.addPost(PostActiveModel.builder().setTitle(title)
                    .addTag(TagActiveModel.builder().setTag(title + "/t0"))
                    .addTag(TagActiveModel.builder().setTag(title + "/t1")));
        }
        return u;
    }

    private static List<UserActiveModel> trees(String prefix, int n) {
        List<UserActiveModel> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(tree(prefix + i));
        }
        return out;
    }

    /** Every row hangs from the parent whose name it carries: a mismatched key would show here. */
    private static void assertConsistent(TestDb db, int users) {
        assertThat(db.countRows("user")).isEqualTo(users);
        assertThat(BlogDb.rows(db, "SELECT p.\"picture\", u.\"name\" FROM \"profile\" p JOIN \"user\" u "
                + "ON u.\"id\" = p.\"user_id\"")).hasSize(users)
                .allSatisfy(r -> assertThat(r.get("picture")).isEqualTo(r.get("name") + ".png"));
        assertThat(BlogDb.rows(db, "SELECT p.\"title\", u.\"name\" FROM \"post\" p JOIN \"user\" u "
                + "ON u.\"id\" = p.\"user_id\"")).hasSize(users * 3)
                .allSatisfy(r -> assertThat((String) r.get("title")).startsWith(r.get("name") + "/p"));
        assertThat(BlogDb.rows(db, "SELECT t.\"tag\", p.\"title\" FROM \"post_tag\" pt JOIN \"post\" p "
                + "ON p.\"id\" = pt.\"post_id\" JOIN \"tag\" t ON t.\"id\" = pt.\"tag_id\"")).hasSize(users * 6)
                .allSatisfy(r -> assertThat((String) r.get("tag")).startsWith(r.get("title") + "/t"));
    }

    @DbTest
    void manyTreesCostTheSameSevenStatementsAsOne(TestDb db) {
        for (int n : new int[] {1, 10, 100}) {
            BlogDb.reset(db);
            List<UserActiveModel> trees = trees("u" + n + "_", n);

            UserActiveModel.saveAll(db.db(), trees).as(StepVerifier::create)
                    .expectNextSequence(trees)
                    .verifyComplete();

            assertThat(BlogDb.shape(db)).as("N = " + n).containsExactly("BEGIN", "INSERT user", "INSERT tag",
                    "INSERT profile", "INSERT post", "INSERT post_tag", "COMMIT");
            assertConsistent(db, n);
            assertThat(trees).allSatisfy(t -> assertThat(t.isPersisted()).isTrue());
            assertThat(trees.get(n - 1).name().value()).isEqualTo("u" + n + "_" + (n - 1));
        }
    }

    @DbTest
    void concurrentSavesInterleavingOnTheSameTablesMatchEveryKey(TestDb db) {
        BlogDb.reset(db);
        Database d = db.connect(o -> o.maxSize(6));
        int writers = 6;
        int perWriter = 40;
        int rounds = 3;
        Flux.range(0, writers * rounds)
                .flatMap(w -> UserActiveModel.saveAll(d, trees("w" + w + "_", perWriter)).then(), writers)
                .blockLast(Duration.ofSeconds(120));

        assertConsistent(db, writers * rounds * perWriter);
    }

    @DbTest
    void savingTheSameTreesAgainIsANoOp(TestDb db) {
        BlogDb.reset(db);
        List<UserActiveModel> trees = trees("again", 5);
        UserActiveModel.saveAll(db.db(), trees).blockLast(Duration.ofSeconds(30));
        db.statements().clear();

        UserActiveModel.saveAll(db.db(), trees).blockLast(Duration.ofSeconds(30));

        assertThat(db.statements().all()).isEmpty();
        assertThat(BlogDb.rows(db, "SELECT COUNT(*) AS n FROM \"post_tag\"")).containsExactly(Map.of("n", 30));
    }
}
