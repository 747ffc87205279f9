package dev.tideorm.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.UniqueViolationException;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The 32-way load of the reliability suite, with nested saves: 32 workers save 2,000 seed trees in batches, at
 * once, on a pool smaller than the number of workers. Within a worker the trees share their tags (the same tag
 * models, linked from many posts and many batches): each tag is stored once, however many batches link it, and
 * no junction row is duplicated or orphaned. Some batches collide on a user's unique email with another worker's
 * batch: the loser fails with a typed {@link UniqueViolationException} and leaves nothing behind (not its
 * user, posts, junction rows, nor the tags it would have been first to insert), and its models are as they were,
 * so the tags it would have inserted are inserted by the worker's next batch.
 */
class NestedSaveLoadIT {
    private static final int WORKERS = 32;
    private static final int TREES = 2_000;
    private static final int BATCH = 5;
    private static final int TAGS_PER_WORKER = 8;

    /** One worker's trees, in batches; the trees' posts link the worker's shared tags. */
    private record Worker(int index, List<TagActiveModel> tags, List<List<UserActiveModel>> batches) {
    }

    private static UserActiveModel tree(String name, String email, List<TagActiveModel> tags, int seed) {
        UserActiveModel u = UserActiveModel.builder().setName(name).setEmail(email)
                .setProfile(ProfileActiveModel.builder().setPicture(name + ".png"));
        for (int p = 0; p < 3; p++) {
            u.addPost(PostActiveModel.builder().setTitle(name + "/p" + p)
                    .addTag(tags.get((seed + p) % tags.size()))
                    .addTag(tags.get((seed + p + 1) % tags.size())));
        }
        return u;
    }

    private static List<Worker> workers() {
        List<Worker> out = new ArrayList<>();
        int treeNo = 0;
        for (int w = 0; w < WORKERS; w++) {
            List<TagActiveModel> tags = new ArrayList<>();
            for (int t = 0; t < TAGS_PER_WORKER; t++) {
                tags.add(TagActiveModel.builder().setTag("w" + w + "-tag" + t));
            }
            int count = TREES / WORKERS + (w < TREES % WORKERS ? 1 : 0);
            List<List<UserActiveModel>> batches = new ArrayList<>();
            for (int i = 0; i < count; i += BATCH) {
                List<UserActiveModel> batch = new ArrayList<>();
                for (int j = i; j < Math.min(count, i + BATCH); j++, treeNo++) {
                    String name = "w" + w + "-u" + j;
                    // every 7th batch of an odd worker reuses the email of the even worker before it: one of the
                    // two batches loses (which one depends on timing)
                    boolean collide = w % 2 == 1 && (i / BATCH) % 7 == 3 && j == i;
                    String email = collide ? "w" + (w - 1) + "-u" + j + "@x" : name + "@x";
                    batch.add(tree(name, email, tags, treeNo));
                }
                batches.add(batch);
            }
            out.add(new Worker(w, tags, batches));
        }
        return out;
    }

    @DbTest
    void thirtyTwoWorkersSaveTwoThousandTreesSharingTagsWithNothingLostOrDuplicated(TestDb db) {
        BlogDb.reset(db);
        Database d = db.connect(o -> o.maxSize(8));
        List<Worker> workers = workers();
        Set<String> savedUsers = ConcurrentHashMap.newKeySet();
        AtomicInteger collisions = new AtomicInteger();
        AtomicInteger otherErrors = new AtomicInteger();
        AtomicInteger lostTrees = new AtomicInteger();
        long collidingPairs = workers.stream().filter(w -> w.index() % 2 == 1)
                .mapToLong(w -> java.util.stream.IntStream.range(0, w.batches().size()).filter(b -> b % 7 == 3).count())
                .sum();

        Flux.fromIterable(workers)
                .flatMap(w -> Flux.fromIterable(w.batches()).concatMap(batch -> UserActiveModel.saveAll(d, batch)
                        .then(Mono.fromRunnable(() -> batch.forEach(u -> savedUsers.add(u.name().value()))))
                        .onErrorResume(UniqueViolationException.class, e -> {
                            collisions.incrementAndGet();
                            lostTrees.addAndGet(batch.size());
                            return Mono.empty();
                        })
                        .onErrorResume(e -> {
                            otherErrors.incrementAndGet();
                            return Mono.error(e);
                        })), WORKERS)
                .then()
                .block(Duration.ofMinutes(5));

        System.out.printf("NESTED SAVE LOAD %s: %d trees stored, %d batches lost to a unique email%n", db.kind(),
                savedUsers.size(), collisions.get());
        assertThat(otherErrors).hasValue(0);
        // one batch of each colliding pair loses, whichever commits second
        assertThat(collisions.get()).as("batches lost to a unique email").isEqualTo(collidingPairs).isPositive();
        int users = savedUsers.size();
        assertThat(users + lostTrees.get()).isEqualTo(TREES);

        // exactly the acknowledged trees are stored, whole; the failed batches left nothing
        assertThat(BlogDb.rows(db, "SELECT \"name\" FROM \"user\"").stream().map(r -> (String) r.get("name")))
                .hasSize(users).containsExactlyInAnyOrderElementsOf(savedUsers);
        assertThat(db.countRows("profile")).isEqualTo(users);
        assertThat(db.countRows("post")).isEqualTo(users * 3);
        assertThat(db.countRows("post_tag")).isEqualTo(users * 6);
        assertThat(BlogDb.rows(db, "SELECT p.\"title\", u.\"name\" FROM \"post\" p JOIN \"user\" u "
                + "ON u.\"id\" = p.\"user_id\"")).hasSize(users * 3)
                .allSatisfy(r -> assertThat((String) r.get("title")).startsWith(r.get("name") + "/p"));
        // each shared tag stored once, linked only to its own worker's posts, no duplicate junction row
        assertThat(BlogDb.rows(db, "SELECT \"tag\", COUNT(*) AS n FROM \"tag\" GROUP BY \"tag\" HAVING COUNT(*) > 1"))
                .isEmpty();
        assertThat(db.countRows("tag")).isEqualTo(WORKERS * TAGS_PER_WORKER);
        assertThat(BlogDb.rows(db, "SELECT t.\"tag\", u.\"name\" FROM \"post_tag\" pt JOIN \"tag\" t "
                + "ON t.\"id\" = pt.\"tag_id\" JOIN \"post\" p ON p.\"id\" = pt.\"post_id\" JOIN \"user\" u "
                + "ON u.\"id\" = p.\"user_id\"")).hasSize(users * 6)
                .allSatisfy(r -> assertThat(((String) r.get("tag")).split("-")[0])
                        .isEqualTo(((String) r.get("name")).split("-")[0]));
        assertThat(BlogDb.rows(db, "SELECT \"post_id\", \"tag_id\", COUNT(*) AS n FROM \"post_tag\" "
                + "GROUP BY \"post_id\", \"tag_id\" HAVING COUNT(*) > 1")).isEmpty();
        assertThat(BlogDb.rows(db, "SELECT COUNT(*) AS n FROM \"post_tag\" pt LEFT JOIN \"post\" p ON p.\"id\" = "
                + "pt.\"post_id\" LEFT JOIN \"tag\" t ON t.\"id\" = pt.\"tag_id\" WHERE p.\"id\" IS NULL OR t.\"id\" IS NULL"))
                .containsExactly(Map.of("n", 0));
        // every shared tag model carries the key of its one row
        for (Worker w : workers) {
            assertThat(w.tags()).allSatisfy(t -> assertThat(t.isPersisted()).isTrue());
        }
        assertThat(d.poolStats().acquired()).isZero();
    }
}
