package dev.tideorm.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.HookVetoException;
import dev.tideorm.core.error.NotNullViolationException;
import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.examples.blog.entity.PostActiveModel;
import dev.tideorm.examples.blog.entity.ProfileActiveModel;
import dev.tideorm.examples.blog.entity.TagActiveModel;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import dev.tideorm.examples.nested.entity.ArticleActiveModel;
import dev.tideorm.examples.nested.entity.ArticleLabelHooks;
import dev.tideorm.examples.nested.entity.LabelActiveModel;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * A nested save is all or nothing: whatever fails (a constraint deep in the tree, a vetoing hook, a cancelled
 * subscriber), no row is stored and every model of the tree is exactly as before, so the same call can be
 * retried.
 */
class NestedAtomicityIT {

    private static long rows(TestDb db) {
        return db.countRows("user") + db.countRows("profile") + db.countRows("post") + db.countRows("tag")
                + db.countRows("post_tag");
    }

    @DbTest
    void aFailingDeepNodeStoresNothingLeavesTheModelsAsTheyWereAndCanBeRetried(TestDb db) {
        BlogDb.reset(db);
        TagActiveModel broken = TagActiveModel.builder().setTag(null);            // NOT NULL: fails at level 0
        PostActiveModel post = PostActiveModel.builder().setTitle("p").addTag(TagActiveModel.builder().setTag("ok"))
                .addTag(broken);
        UserActiveModel bob = UserActiveModel.builder().setName("Bob").setEmail("bob@x")
                .setProfile(ProfileActiveModel.builder().setPicture("bob.png")).addPost(post);

        bob.save(db.db()).as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(NotNullViolationException.class)
                        .hasMessageContaining("tag").satisfies(x -> assertThat(
                                ((NotNullViolationException) x).statement()).isNotNull()));

        assertThat(rows(db)).isZero();
        assertThat(bob.isPersisted()).isFalse();
        assertThat(bob.id()).isEqualTo(ActiveValue.notSet());
        assertThat(bob.name()).isEqualTo(ActiveValue.set("Bob"));
        assertThat(post.userId()).isEqualTo(ActiveValue.notSet());
        assertThat(post.isPersisted()).isFalse();
        assertThat(bob.profile().model().isPersisted()).isFalse();
        assertThat(db.awaitNoAcquired().acquired()).isZero();

        broken.setTag("fixed");
        bob.save(db.db()).as(StepVerifier::create).expectNext(bob).verifyComplete();
        assertThat(rows(db)).isEqualTo(1 + 1 + 1 + 2 + 2);
        assertThat(post.userId().value()).isEqualTo(bob.id().value());
    }

    @DbTest
    void aUniqueViolationAfterEarlierLevelsRollsEverythingBack(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel.builder().setName("Ann").setEmail("taken@x").save(db.db()).block();
        UserActiveModel dup = UserActiveModel.builder().setName("Dup").setEmail("taken@x");
        PostActiveModel post = PostActiveModel.builder().setTitle("orphan?")
                .addTag(TagActiveModel.builder().setTag("t"))
                .setAuthor(dup);

        post.save(db.db()).as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(UniqueViolationException.class));

        assertThat(db.countRows("user")).isEqualTo(1);
        assertThat(db.countRows("tag")).isZero();
        assertThat(db.countRows("post")).isZero();
    }

    @DbTest
    void hooksRunForJunctionRowsAndAVetoAbortsTheWholeSave(TestDb db) {
        BlogDb.reset(db);
        ArticleLabelHooks.BEFORE.set(0);
        ArticleLabelHooks.AFTER.set(0);
        UUID ok = UUID.randomUUID();
        UUID forbidden = UUID.randomUUID();
        ArticleLabelHooks.vetoLabel = forbidden;
        try {
            ArticleActiveModel article = ArticleActiveModel.builder().setTitle("a")
                    .addLabel(LabelActiveModel.builder().setId(ok).setName("ok"))
                    .addLabel(LabelActiveModel.builder().setId(forbidden).setName("no"));
            article.save(db.db()).as(StepVerifier::create).verifyError(HookVetoException.class);
            assertThat(db.countRows("article") + db.countRows("label") + db.countRows("article_label")).isZero();
            assertThat(article.isPersisted()).isFalse();

            ArticleLabelHooks.vetoLabel = null;
            ArticleLabelHooks.BEFORE.set(0);
            article.save(db.db()).as(StepVerifier::create).expectNext(article).verifyComplete();
            assertThat(ArticleLabelHooks.BEFORE.get()).isEqualTo(2);
            assertThat(ArticleLabelHooks.AFTER.get()).isEqualTo(2);
            assertThat(db.countRows("article_label")).isEqualTo(2);
        } finally {
            ArticleLabelHooks.vetoLabel = null;
        }
    }

    @DbTest
    void insideACallersTransactionTheSaveIsASavepoint(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bad = UserActiveModel.builder().setName("Bad").setEmail("b@x")
                .addPost(PostActiveModel.builder().setTitle(null));
        db.db().transaction(tx -> TagActiveModel.builder().setTag("kept").save(tx)
                        .then(bad.save(tx).onErrorResume(NotNullViolationException.class, e -> Mono.empty())))
                .blockLast(Duration.ofSeconds(20));

        assertThat(db.countRows("tag")).isEqualTo(1);
        assertThat(db.countRows("user")).isZero();
        assertThat(BlogDb.shape(db)).contains("SAVEPOINT", "ROLLBACK_TO_SAVEPOINT");
    }

    @DbTest
    void cancelledNestedSavesAreAllOrNothing(TestDb db) {
        BlogDb.reset(db);
        Database d = db.connect(o -> o.maxSize(4));
        SplittableRandom random = new SplittableRandom(11);
        int runs = 300;
        Flux.range(0, runs).flatMap(i -> {
            UserActiveModel u = UserActiveModel.builder().setName("u" + i).setEmail("u" + i + "@x")
                    .setProfile(ProfileActiveModel.builder().setPicture(i + ".png"))
                    .addPost(PostActiveModel.builder().setTitle("p" + i).addTag(TagActiveModel.builder().setTag("t" + i)));
            return u.save(d).then().timeout(Duration.ofNanos(1 + random.nextLong(3_000_000)))
                    .onErrorResume(e -> Mono.empty());
        }, 4).blockLast(Duration.ofSeconds(120));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (d.poolStats().acquired() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        long users = db.countRows("user");
        assertThat(db.countRows("profile")).isEqualTo(users);
        assertThat(db.countRows("post")).isEqualTo(users);
        assertThat(db.countRows("tag")).isEqualTo(users);
        assertThat(db.countRows("post_tag")).isEqualTo(users);
        assertThat(BlogDb.rows(db, "SELECT \"id\" FROM \"post\" WHERE \"user_id\" NOT IN (SELECT \"id\" FROM \"user\")"))
                .isEmpty();
        assertThat(d.poolStats().acquired()).isZero();
        assertThat(List.of(users)).allMatch(n -> n <= runs);
    }
}
