package dev.tideorm.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.examples.blog.entity.AttachmentActiveModel;
import dev.tideorm.examples.blog.entity.Post;
import dev.tideorm.examples.blog.entity.PostActiveModel;
import dev.tideorm.examples.blog.entity.Post_;
import dev.tideorm.examples.blog.entity.ProfileActiveModel;
import dev.tideorm.examples.blog.entity.Tag;
import dev.tideorm.examples.blog.entity.TagActiveModel;
import dev.tideorm.examples.blog.entity.Tag_;
import dev.tideorm.examples.blog.entity.User;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import dev.tideorm.examples.blog.entity.User_;
import dev.tideorm.examples.nested.entity.ArticleActiveModel;
import dev.tideorm.examples.nested.entity.LabelActiveModel;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import reactor.test.StepVerifier;

/**
 * Nested save of the seed's blog graph (seeds 003/004): one call, one transaction, keys threaded from parents
 * into children, one multi-row INSERT per table and level.
 */
class NestedSaveIT {

    private static UserActiveModel seedTree(String name) {
        return UserActiveModel.builder().setName(name).setEmail(name.toLowerCase() + "@sea-ql.org")
                .setProfile(ProfileActiveModel.builder().setPicture(name + ".jpg"))
                .addPost(PostActiveModel.builder().setTitle("Nice weather")
                        .addTag(TagActiveModel.builder().setTag("sunny")));
    }

    @DbTest
    void theSeedGraphIsOneTransactionOfOneInsertPerTableAndLevel(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = seedTree("Bob");

        bob.save(db.db()).as(StepVerifier::create).expectNext(bob).verifyComplete();

        assertThat(BlogDb.shape(db)).containsExactly("BEGIN", "INSERT user", "INSERT tag", "INSERT profile",
                "INSERT post", "INSERT post_tag", "COMMIT");
        assertThat(BlogDb.rows(db, "SELECT \"id\", \"name\" FROM \"user\"")).containsExactly(Map.of("id", 1, "name", "Bob"));
        assertThat(BlogDb.rows(db, "SELECT \"user_id\", \"picture\" FROM \"profile\""))
                .containsExactly(Map.of("user_id", 1, "picture", "Bob.jpg"));
        assertThat(BlogDb.rows(db, "SELECT \"id\", \"user_id\" FROM \"post\"")).containsExactly(Map.of("id", 1, "user_id", 1));
        assertThat(BlogDb.rows(db, "SELECT \"post_id\", \"tag_id\" FROM \"post_tag\""))
                .containsExactly(Map.of("post_id", 1, "tag_id", 1));
        assertThat(db.statements().sql().get(4)).isEqualTo(db.dialect().supportsReturning()
                ? "INSERT INTO \"post_tag\" (\"post_id\", \"tag_id\") VALUES ($1, $2) ON CONFLICT (\"post_id\", \"tag_id\") "
                        + "DO NOTHING"
                : "MERGE INTO \"post_tag\" USING (VALUES ($1, $2)) AS \"excluded\" (\"post_id\", \"tag_id\") ON "
                        + "\"post_tag\".\"post_id\" = \"excluded\".\"post_id\" AND \"post_tag\".\"tag_id\" = \"excluded\".\"tag_id\" "
                        + "WHEN NOT MATCHED THEN INSERT (\"post_id\", \"tag_id\") VALUES (\"excluded\".\"post_id\", "
                        + "\"excluded\".\"tag_id\")");
        // The same tree comes back: keys filled in, every column Unchanged, every model persisted.
        assertThat(bob.isPersisted()).isTrue();
        assertThat(bob.id().isUnchanged()).isTrue();
        assertThat(bob.id().value()).isEqualTo(1);
        ProfileActiveModel profile = (ProfileActiveModel) bob.profile().model();
        assertThat(profile.userId().value()).isEqualTo(1);
        assertThat(profile.isPersisted()).isTrue();
        PostActiveModel post = (PostActiveModel) bob.posts().items().get(0);
        assertThat(post.userId().value()).isEqualTo(1);
        TagActiveModel tag = (TagActiveModel) post.tags().items().get(0);
        assertThat(tag.id().value()).isEqualTo(1);
        assertThat(bob.isChanged()).isFalse();
    }

    @DbTest
    void savingASavedTreeAgainSendsNoStatementAtAll(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = seedTree("Bob");
        bob.save(db.db()).block();
        db.statements().clear();

        bob.save(db.db()).as(StepVerifier::create).expectNext(bob).verifyComplete();
        User_.findById(1).one(db.db()).map(UserActiveModel::from).flatMap(u -> u.save(db.db())).block();

        assertThat(BlogDb.shape(db)).containsExactly("SELECT user");
        assertThat(db.countRows("post_tag")).isEqualTo(1);
    }

    @DbTest
    void aProfileNestingANewUserInsertsTheUserFirst(TestDb db) {
        BlogDb.reset(db);
        ProfileActiveModel profile = ProfileActiveModel.builder().setPicture("alice.png")
                .setUser(UserActiveModel.builder().setName("Alice").setEmail("alice@sea-ql.org"));

        profile.save(db.db()).as(StepVerifier::create).expectNext(profile).verifyComplete();

        assertThat(BlogDb.shape(db)).containsExactly("BEGIN", "INSERT user", "INSERT profile", "COMMIT");
        assertThat(BlogDb.rows(db, "SELECT \"user_id\" FROM \"profile\"")).containsExactly(Map.of("user_id", 1));
        assertThat(profile.userId().value()).isEqualTo(1);
    }

    @DbTest
    void aSingleNewRowIsOneStatementWithoutATransaction(TestDb db) {
        BlogDb.reset(db);
        TagActiveModel.builder().setTag("solo").save(db.db()).as(StepVerifier::create).expectNextCount(1)
                .verifyComplete();
        assertThat(BlogDb.shape(db)).containsExactly("INSERT tag");
    }

    @DbTest
    void linkingRowsThatAlreadyExistWritesOnlyTheirKeys(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel alice = UserActiveModel.builder().setName("Alice").setEmail("alice@sea-ql.org");
        PostActiveModel first = PostActiveModel.builder().setTitle("First");
        alice.addPost(first).save(db.db()).block();
        Tag sunny = TagActiveModel.builder().setTag("sunny").insert(db.db()).block();
        User bobRow = UserActiveModel.builder().setName("Bob").setEmail("bob@sea-ql.org").insert(db.db()).block();
        Post firstRow = Post_.findById(first.id().value()).one(db.db()).block();
        db.statements().clear();

        // A new attachment linked to an existing post stores the FK.
        AttachmentActiveModel file = AttachmentActiveModel.builder().setFile("a.png")
                .setPost(PostActiveModel.from(firstRow));
        file.save(db.db()).block();
        // A new post whose author is an existing user gets the user's key.
        PostActiveModel second = PostActiveModel.builder().setTitle("Second")
                .setAuthor(UserActiveModel.from(alice.tryIntoModel()))
                .addTag(TagActiveModel.from(sunny));
        second.save(db.db()).block();
        // An existing post added to another user moves to that user.
        UserActiveModel.from(bobRow).addPost(PostActiveModel.from(firstRow)).save(db.db()).block();

        assertThat(BlogDb.shape(db)).containsExactly(db.dialect().supportsReturning()
                ? new String[]{"INSERT attachment", "BEGIN", "INSERT post", "INSERT post_tag", "COMMIT", "UPDATE post"}
                : new String[]{"INSERT attachment", "BEGIN", "INSERT post", "INSERT post_tag", "COMMIT", "UPDATE post",
                        "SELECT post"});
        assertThat(BlogDb.rows(db, "SELECT \"post_id\" FROM \"attachment\"")).containsExactly(Map.of("post_id", 1));
        assertThat(BlogDb.rows(db, "SELECT \"id\", \"user_id\" FROM \"post\" ORDER BY \"id\""))
                .containsExactly(Map.of("id", 1, "user_id", 2), Map.of("id", 2, "user_id", 1));
        assertThat(BlogDb.rows(db, "SELECT \"post_id\", \"tag_id\" FROM \"post_tag\""))
                .containsExactly(Map.of("post_id", 2, "tag_id", 1));
        assertThat(db.countRows("tag")).isEqualTo(1);
    }

    @DbTest
    void linkingTheSamePairTwiceNeverDuplicatesAJunctionRow(TestDb db) {
        BlogDb.reset(db);
        TagActiveModel sunny = TagActiveModel.builder().setTag("sunny");
        PostActiveModel post = PostActiveModel.builder().setTitle("Twice").addTag(sunny).addTag(sunny)
                .setAuthor(UserActiveModel.builder().setName("A").setEmail("a@x"));
        post.save(db.db()).block();
        // Linking it once more from a fresh, unlinked model of the same rows.
        PostActiveModel again = PostActiveModel.from(post.tryIntoModel())
                .addTag(TagActiveModel.from(sunny.tryIntoModel()));
        again.save(db.db()).block();

        assertThat(db.countRows("post_tag")).isEqualTo(1);
        assertThat(db.countRows("tag")).isEqualTo(1);
    }

    @DbTest
    void followersAndFollowingNamingTheSamePairWriteOneRow(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel ann = UserActiveModel.builder().setName("Ann").setEmail("ann@x");
        UserActiveModel ben = UserActiveModel.builder().setName("Ben").setEmail("ben@x");
        ann.addFollower(ben);
        ben.addFollowing(ann);

        ann.save(db.db()).block();

        assertThat(BlogDb.rows(db, "SELECT \"user_id\", \"follower_id\" FROM \"user_follower\""))
                .containsExactly(Map.of("user_id", ann.id().value(), "follower_id", ben.id().value()));
    }

    @DbTest
    void newRowsWithApplicationAssignedKeysAreInserted(TestDb db) {
        BlogDb.reset(db);
        UUID red = UUID.randomUUID();
        UUID blue = UUID.randomUUID();
        ArticleActiveModel article = ArticleActiveModel.builder().setTitle("Colours")
                .addLabel(LabelActiveModel.builder().setId(red).setName("red"))
                .addLabel(LabelActiveModel.builder().setId(blue).setName("blue"));

        article.save(db.db()).block();

        assertThat(BlogDb.shape(db)).containsExactly("BEGIN", "INSERT article", "INSERT label",
                "INSERT article_label", "COMMIT");
        assertThat(db.countRows("label")).isEqualTo(2);
        assertThat(db.countRows("article_label")).isEqualTo(2);
        assertThat(BlogDb.rows(db, "SELECT \"name\" FROM \"label\" WHERE \"id\" = '" + blue + "'"))
                .containsExactly(Map.of("name", "blue"));
    }

    @DbTest
    void aNestedChangeThroughABelongsToUpdatesOnlyTheChangedRow(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = seedTree("Bob");
        bob.save(db.db()).block();
        Post post = Post_.findById(1).one(db.db()).block();
        db.statements().clear();

        PostActiveModel edited = PostActiveModel.from(post)
                .setAuthor(UserActiveModel.from(User_.findById(1).one(db.db()).block()).setName("Robert"));
        db.statements().clear();
        edited.save(db.db()).block();

        assertThat(BlogDb.shape(db)).containsExactly(db.dialect().supportsReturning()
                ? new String[]{"UPDATE user"} : new String[]{"UPDATE user", "SELECT user"});
        assertThat(BlogDb.rows(db, "SELECT \"name\" FROM \"user\"")).containsExactly(Map.of("name", "Robert"));
        assertThat(List.of(db.countRows("post"), db.countRows("profile"))).containsExactly(1L, 1L);
    }
}
