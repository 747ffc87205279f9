package dev.tideorm.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.load.Path;
import dev.tideorm.core.query.Paginator;
import dev.tideorm.examples.blog.entity.Attachment;
import dev.tideorm.examples.blog.entity.AttachmentActiveModel;
import dev.tideorm.examples.blog.entity.Attachment_;
import dev.tideorm.examples.blog.entity.Comment;
import dev.tideorm.examples.blog.entity.CommentActiveModel;
import dev.tideorm.examples.blog.entity.Post;
import dev.tideorm.examples.blog.entity.PostActiveModel;
import dev.tideorm.examples.blog.entity.Post_;
import dev.tideorm.examples.blog.entity.Comment_;
import dev.tideorm.examples.blog.entity.ProfileActiveModel;
import dev.tideorm.examples.blog.entity.Tag;
import dev.tideorm.examples.blog.entity.TagActiveModel;
import dev.tideorm.examples.blog.entity.User;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import dev.tideorm.examples.blog.entity.User_;
import dev.tideorm.examples.nested.entity.Review;
import dev.tideorm.examples.nested.entity.ReviewActiveModel;
import dev.tideorm.examples.nested.entity.Review_;
import dev.tideorm.r2dbc.StatementEvent;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import reactor.test.StepVerifier;

/**
 * The smart entity loader (seed 001): nested reads in a constant number of queries, at any depth.
 */
class LoaderIT {

    /** {@code users} seed trees: user i has a profile (even i only when {@code someProfiles}), 2 posts x 2 tags. */
    private static void seed(TestDb db, int users, boolean someProfiles) {
        List<UserActiveModel> trees = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            UserActiveModel u = UserActiveModel.builder().setName("u" + i).setEmail("u" + i + "@x");
            if (!someProfiles || i % 2 == 0) {
                u.setProfile(ProfileActiveModel.builder().setPicture("p" + i));
            }
            for (int p = 0; p < 2; p++) {
                u.addPost(PostActiveModel.builder().setTitle("u" + i + "/p" + p)
                        .addTag(TagActiveModel.builder().setTag("u" + i + "/p" + p + "/t0"))
                        .addTag(TagActiveModel.builder().setTag("u" + i + "/p" + p + "/t1")));
            }
            trees.add(u);
        }
        UserActiveModel.saveAll(db.db(), trees).blockLast(Duration.ofSeconds(60));
        db.statements().clear();
    }

    private static List<StatementEvent> selects(TestDb db) {
        return db.statements().events().stream().filter(e -> e.kind() == StatementEvent.Kind.SELECT).toList();
    }

    @DbTest
    void theSeedExampleIsThreeQueriesForOneUserOrAThousand(TestDb db) {
        BlogDb.reset(db);
        seed(db, 1000, false);

        User one = User_.find().filter(User_.ID.eq(42)).with(User_.PROFILE).with(User_.POSTS, Post_.TAGS).one(db.db())
                .block();
        assertThat(selects(db)).hasSize(3);
        assertThat(db.statements().sql()).containsExactly(
                "SELECT \"user\".\"id\", \"user\".\"name\", \"user\".\"email\", \"j1\".\"id\", \"j1\".\"picture\", "
                        + "\"j1\".\"user_id\" FROM \"user\" LEFT JOIN \"profile\" AS \"j1\" ON \"j1\".\"user_id\" = "
                        + "\"user\".\"id\" WHERE \"user\".\"id\" = $1 LIMIT $2",
                "SELECT \"post\".\"id\", \"post\".\"user_id\", \"post\".\"title\" FROM \"post\" WHERE "
                        + "\"post\".\"user_id\" = ANY($1) ORDER BY \"post\".\"id\" ASC",
                "SELECT \"tag\".\"id\", \"tag\".\"tag\", \"post_tag\".\"post_id\" FROM \"tag\" INNER JOIN \"post_tag\" "
                        + "ON \"post_tag\".\"tag_id\" = \"tag\".\"id\" WHERE \"post_tag\".\"post_id\" = ANY($1) "
                        + "ORDER BY \"tag\".\"id\" ASC");
        assertThat(one.name()).isEqualTo("u41");
        assertThat(one.profile().get()).get().extracting(p -> p.picture()).isEqualTo("p41");
        assertThat(one.posts().get()).extracting(Post::title).containsExactly("u41/p0", "u41/p1");
        assertThat(one.posts().get().get(1).tags().get()).extracting(Tag::tag)
                .containsExactly("u41/p1/t0", "u41/p1/t1");
        assertThat(one.followers().isUnloaded()).isTrue();
        assertThat(one.posts().get().get(0).author().isUnloaded()).isTrue();

        db.statements().clear();
        List<User> all = User_.find().orderBy(User_.ID.asc()).with(User_.PROFILE).with(User_.POSTS, Post_.TAGS)
                .all(db.db()).block();
        assertThat(selects(db)).hasSize(3);
        assertThat(all).hasSize(1000);
        assertThat(all.get(999).posts().get().get(0).tags().get()).hasSize(2);
        assertThat(all).allSatisfy(u -> assertThat(u.posts().get()).allSatisfy(
                p -> assertThat(p.title()).startsWith(u.name() + "/")));
    }

    @DbTest
    void aLoadBorrowsOneConnectionForAllItsQueriesAndNoTransaction(TestDb db) {
        BlogDb.reset(db);
        seed(db, 5, false);

        List<User> users = User_.find().with(User_.PROFILE).with(User_.POSTS, Post_.TAGS).all(db.db()).block();

        assertThat(users).hasSize(5);
        assertThat(db.statements().events()).hasSize(3).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(StatementEvent.Kind.SELECT);
            assertThat(e.inTransaction()).isFalse();
        });
        assertThat(db.statements().events()).extracting(StatementEvent::connectionId).containsOnly(
                db.statements().events().get(0).connectionId());
        assertThat(db.awaitNoAcquired().acquired()).as("connections still lent out").isZero();
    }

    @DbTest
    void noMatchingRootIsOneQuery(TestDb db) {
        BlogDb.reset(db);
        seed(db, 3, false);
        assertThat(User_.find().filter(User_.NAME.eq("nobody")).with(User_.POSTS, Post_.TAGS).all(db.db()).block())
                .isEmpty();
        assertThat(selects(db)).hasSize(1);
    }

    @DbTest
    void duplicateParentKeysAreBoundOnce(TestDb db) {
        BlogDb.reset(db);
        seed(db, 1, false);
        // Both posts belong to user 1: the batched author query binds one key. (The author is batched, not joined,
        // because something is loaded under it.)
        List<Post> posts = Post_.find().with(Post_.AUTHOR, User_.PROFILE).all(db.db()).block();
        assertThat(posts).hasSize(2).allSatisfy(p -> assertThat(p.author().get().get().profile().get()).isPresent());
        StatementEvent users = selects(db).get(1);
        assertThat(users.statement().sql()).contains("WHERE \"user\".\"id\" = ANY($1)");
        assertThat((Object[]) users.statement().binds().get(0).value()).containsExactly(1);
    }

    @DbTest
    void nullForeignKeysAndPartialHasOneAreLoadedAndAbsent(TestDb db) {
        BlogDb.reset(db);
        seed(db, 2, true);
        AttachmentActiveModel.builder().setFile("loose.png").save(db.db()).block();
        db.statements().clear();

        Attachment loose = Attachment_.find().with(Attachment_.POST, Post_.AUTHOR).one(db.db()).block();
        assertThat(loose.post().isUnloaded()).isFalse();
        assertThat(loose.post().get()).isEmpty();
        assertThat(selects(db)).hasSize(1);

        List<User> users = User_.find().orderBy(User_.ID.asc()).with(User_.PROFILE).all(db.db()).block();
        assertThat(users.get(0).profile().get()).isPresent();
        assertThat(users.get(1).profile().get()).isEmpty();
        assertThat(users.get(1).profile().isUnloaded()).isFalse();
        assertThatThrownBy(() -> users.get(1).posts().get()).isInstanceOf(IllegalStateException.class);
    }

    @DbTest
    void anyDepthIsOneQueryPerLevel(TestDb db) {
        BlogDb.reset(db);
        seed(db, 3, false);
        List<Post> posts = Post_.find().all(db.db()).block();
        for (Post p : posts) {
            CommentActiveModel.builder().setComment("on " + p.title()).setPostId(p.id()).setUserId(1).save(db.db())
                    .block();
        }
        db.statements().clear();

        List<User> users = User_.find().orderBy(User_.ID.asc())
                .with(User_.POSTS, Post_.COMMENTS, Comment_.USER)
                .with(Path.of(User_.POSTS).then(Post_.COMMENTS).then(Comment_.POST).then(Post_.TAGS))
                .all(db.db()).block();

        // users; posts; comments (users joined); posts of comments; their tags
        assertThat(selects(db)).hasSize(5);
        Comment c = users.get(2).posts().get().get(1).comments().get().get(0);
        assertThat(c.comment()).isEqualTo("on u2/p1");
        assertThat(c.user().get()).get().extracting(User::name).isEqualTo("u0");
        assertThat(c.post().get().get().tags().get()).extracting(Tag::tag).containsExactly("u2/p1/t0", "u2/p1/t1");
    }

    @DbTest
    void aSelfReferencePagedTwoPerPage(TestDb db) {
        BlogDb.reset(db);
        List<UserActiveModel> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            users.add(UserActiveModel.builder().setName("f" + i).setEmail("f" + i + "@x"));
        }
        // Everyone follows the next one; f0 also follows f2.
        for (int i = 0; i < 5; i++) {
            users.get((i + 1) % 5).addFollower(users.get(i));
        }
        users.get(2).addFollower(users.get(0));
        UserActiveModel.saveAll(db.db(), users).blockLast(Duration.ofSeconds(20));
        db.statements().clear();

        Paginator<User> pages = User_.find().orderBy(User_.ID.asc()).with(User_.FOLLOWERS, User_.FOLLOWERS)
                .paginate(db.db(), 2);
        assertThat(pages.numItems().block()).isEqualTo(5);
        List<User> second = pages.fetchPage(1).block();

        assertThat(second).as("saveAll inserts its roots in the order given").extracting(User::name)
                .containsExactly("f2", "f3");
        User f2 = second.get(0);
        assertThat(f2.followers().get()).extracting(User::name).containsExactly("f0", "f1");
        assertThat(f2.followers().get().get(1).followers().get()).extracting(User::name).containsExactly("f0");
        assertThat(db.statements().sql().get(0)).startsWith("SELECT COUNT(*)").doesNotContain("JOIN");
    }

    @DbTest
    void twoRelationsToTheSameTargetAreJoinedUnderTheirOwnAliases(TestDb db) {
        BlogDb.reset(db);
        seed(db, 2, false);
        ReviewActiveModel.builder().setVerdict("good").setAuthorId(1).setEditorId(2).save(db.db()).block();
        ReviewActiveModel.builder().setVerdict("raw").setAuthorId(2).setEditorId(null).save(db.db()).block();
        db.statements().clear();

        List<Review> reviews = Review_.find().orderBy(Review_.ID.asc()).with(Review_.AUTHOR).with(Review_.EDITOR)
                .all(db.db()).block();

        assertThat(selects(db)).hasSize(1);
        assertThat(db.statements().sql().get(0)).contains("LEFT JOIN \"user\" AS \"j1\"", "LEFT JOIN \"user\" AS \"j2\"");
        assertThat(reviews.get(0).author().get()).get().extracting(User::name).isEqualTo("u0");
        assertThat(reviews.get(0).editor().get()).get().extracting(User::name).isEqualTo("u1");
        assertThat(reviews.get(1).editor().get()).isEmpty();
    }

    @DbTest
    void findRelatedIsAQueryOfOneParentsRows(TestDb db) {
        BlogDb.reset(db);
        seed(db, 2, false);
        User u1 = User_.findById(2).one(db.db()).block();
        Post post = Post_.findById(3).one(db.db()).block();

        assertThat(User_.POSTS.findRelated(u1).orderBy(Post_.ID.desc()).all(db.db()).block())
                .extracting(Post::title).containsExactly("u1/p1", "u1/p0");
        assertThat(Post_.TAGS.findRelated(post).filter(dev.tideorm.examples.blog.entity.Tag_.TAG.like("%t1"))
                .all(db.db()).block()).extracting(Tag::tag).containsExactly("u1/p0/t1");
        assertThat(Post_.AUTHOR.findRelated(post).one(db.db()).block()).extracting(User::name).isEqualTo("u1");
    }

    @DbTest
    void aStreamLoadsRelationsChunkByChunkAsRowsAreRequested(TestDb db) {
        BlogDb.reset(db);
        seed(db, 10_000, false);

        // 10,000 roots in 20 chunks of 500 (the default), 2 queries each; at most one chunk is read ahead of what
        // was requested, so no more than two chunks of users with their posts are ever held.
        StepVerifier.create(User_.find().with(User_.POSTS).stream(db.db()), 10)
                .expectNextCount(10)
                .then(() -> assertThat(selects(db)).as("the first chunk, perhaps the next").hasSizeBetween(2, 4))
                .thenRequest(500)
                .expectNextCount(500)
                .then(() -> assertThat(selects(db)).as("two chunks, perhaps the next").hasSizeBetween(4, 6))
                .thenRequest(Long.MAX_VALUE)
                .expectNextCount(9_490)
                .verifyComplete();
        // 20 full chunks of 2 queries, then an empty root query finds the end (no children query for no parent).
        assertThat(selects(db)).hasSize(41);
        assertThat(db.statements().sql().get(2)).contains("WHERE \"user\".\"id\" > $1 ORDER BY \"user\".\"id\" ASC LIMIT");
    }

    @DbTest
    void loadedModelsBecomeActiveModelsWhoseRelationsSaveBack(TestDb db) {
        BlogDb.reset(db);
        seed(db, 1, false);
        User bob = User_.findById(1).with(User_.POSTS, Post_.TAGS).one(db.db()).block();
        db.statements().clear();

        UserActiveModel am = UserActiveModel.from(bob);
        am.save(db.db()).block();
        assertThat(db.statements().all()).as("a loaded tree saves as a no-op").isEmpty();

        PostActiveModel first = (PostActiveModel) am.posts().items().get(0);
        first.setTitle("edited").addTag(TagActiveModel.builder().setTag("new"));
        am.removePost((PostActiveModel) am.posts().items().get(1));
        am.save(db.db()).block();

        User again = User_.findById(1).with(User_.POSTS, Post_.TAGS).one(db.db()).block();
        assertThat(again.posts().get()).extracting(Post::title).containsExactly("edited");
        assertThat(again.posts().get().get(0).tags().get()).extracting(Tag::tag)
                .containsExactly("u0/p0/t0", "u0/p0/t1", "new");
    }

    @DbTest
    void aRelationOfAnotherEntityIsRefused(TestDb db) {
        assertThatThrownBy(() -> User_.find().with(castPath()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not start at User");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Path<User, ?> castPath() {
        return (Path) Path.of(Post_.TAGS);
    }
}
