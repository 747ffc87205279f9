package dev.tideorm.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.error.GraphException;
import dev.tideorm.examples.blog.entity.AttachmentActiveModel;
import dev.tideorm.examples.blog.entity.CommentActiveModel;
import dev.tideorm.examples.blog.entity.PostActiveModel;
import dev.tideorm.examples.blog.entity.ProfileActiveModel;
import dev.tideorm.examples.blog.entity.TagActiveModel;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.List;
import java.util.Map;
import reactor.test.StepVerifier;

/**
 * What a save takes away: has-many Append never deletes, Replace deletes (or orphans, for a nullable foreign
 * key) the children not named, {@code remove<Child>} removes one; a replaced or cleared has-one deletes the old
 * child; many-to-many Replace and remove delete junction rows only.
 */
class NestedChangesIT {

    /** Bob with posts "one" (2 comments, 1 attachment, tags a and b) and "two"; returns the saved tree. */
    private static UserActiveModel bob(TestDb db) {
        UserActiveModel bob = UserActiveModel.builder().setName("Bob").setEmail("bob@x");
        TagActiveModel a = TagActiveModel.builder().setTag("a");
        TagActiveModel b = TagActiveModel.builder().setTag("b");
        PostActiveModel one = PostActiveModel.builder().setTitle("one").addTag(a).addTag(b)
                .addComment(CommentActiveModel.builder().setComment("c1").setUser(bob))
                .addComment(CommentActiveModel.builder().setComment("c2").setUser(bob))
                .addAttachment(AttachmentActiveModel.builder().setFile("one.png"));
        bob.setProfile(ProfileActiveModel.builder().setPicture("bob.png"))
                .addPost(one)
                .addPost(PostActiveModel.builder().setTitle("two"));
        bob.save(db.db()).block();
        db.statements().clear();
        return bob;
    }

    private static PostActiveModel post(UserActiveModel user, int i) {
        return (PostActiveModel) user.posts().items().get(i);
    }

    private static List<Object> titles(TestDb db) {
        return BlogDb.rows(db, "SELECT \"title\" FROM \"post\" ORDER BY \"id\"").stream().map(r -> r.get("title")).toList();
    }

    @DbTest
    void appendAddsWithoutDeletingAnything(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = bob(db);
        bob.addPost(PostActiveModel.builder().setTitle("three")).save(db.db()).block();

        assertThat(BlogDb.shape(db)).containsExactly("INSERT post");
        assertThat(titles(db)).containsExactly("one", "two", "three");
    }

    @DbTest
    void replaceDeletesTheChildrenNotNamedWithTheirDependantsAndOrphansWeakOnes(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = bob(db);
        PostActiveModel two = post(bob, 1);
        bob.replacePosts(List.of(two, PostActiveModel.builder().setTitle("three"))).save(db.db()).block();

        assertThat(titles(db)).containsExactly("two", "three");
        assertThat(db.countRows("comment")).isZero();
        assertThat(db.countRows("post_tag")).isZero();
        assertThat(db.countRows("tag")).as("tags survive").isEqualTo(2);
        assertThat(BlogDb.rows(db, "SELECT \"file\", \"post_id\" FROM \"attachment\""))
                .as("the weak attachment survives, orphaned").singleElement()
                .satisfies(r -> assertThat(r.get("post_id")).isNull());
        // Saved again, the settled Replace changes nothing.
        db.statements().clear();
        bob.save(db.db()).block();
        assertThat(db.statements().all()).isEmpty();
    }

    @DbTest
    void replaceWithNothingDeletesEveryChild(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = bob(db);
        bob.replacePosts(List.of()).save(db.db()).block();
        assertThat(db.countRows("post")).isZero();
        assertThat(db.countRows("user")).isEqualTo(1);
    }

    @DbTest
    void removeDeletesOneChildAndOrphansWhereTheKeyIsNullable(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = bob(db);
        PostActiveModel one = post(bob, 0);
        AttachmentActiveModel file = (AttachmentActiveModel) one.attachments().items().get(0);
        one.removeAttachment(file).save(db.db()).block();
        assertThat(BlogDb.rows(db, "SELECT \"post_id\" FROM \"attachment\"")).singleElement()
                .satisfies(r -> assertThat(r.get("post_id")).isNull());
        assertThat(file.postId().value()).isNull();

        PostActiveModel two = post(bob, 1);
        bob.removePost(two).save(db.db()).block();
        assertThat(titles(db)).containsExactly("one");
        assertThat(two.isPersisted()).isFalse();
        assertThat(bob.posts().items()).containsExactly(one);
    }

    @DbTest
    void removingFromANewParentIsRefusedBeforeAnySql(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = bob(db);
        UserActiveModel fresh = UserActiveModel.builder().setName("New").setEmail("new@x");
        fresh.removePost(post(bob, 0));
        fresh.save(db.db()).as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(GraphException.class)
                        .hasMessageContaining("posts"));
        assertThat(db.statements().all()).isEmpty();
        assertThatThrownBy(() -> bob.removePost(PostActiveModel.builder().setTitle("never saved")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not persisted");
    }

    @DbTest
    void aNewHasOneReplacesTheOldChild(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = bob(db);
        bob.setProfile(ProfileActiveModel.builder().setPicture("new.png")).save(db.db()).block();

        assertThat(BlogDb.rows(db, "SELECT \"picture\", \"user_id\" FROM \"profile\""))
                .containsExactly(Map.of("picture", "new.png", "user_id", 1));
    }

    @DbTest
    void clearingAHasOneDeletesTheChild(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = bob(db);
        bob.clearProfile().save(db.db()).block();

        assertThat(db.countRows("profile")).isZero();
        assertThat(bob.profile().isSet()).as("settled").isFalse();
    }

    @DbTest
    void manyToManyReplaceAndRemoveDeleteJunctionRowsOnly(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = bob(db);
        PostActiveModel one = post(bob, 0);
        TagActiveModel a = (TagActiveModel) one.tags().items().get(0);
        TagActiveModel b = (TagActiveModel) one.tags().items().get(1);

        one.removeTag(a).save(db.db()).block();
        assertThat(BlogDb.rows(db, "SELECT \"tag_id\" FROM \"post_tag\"")).containsExactly(Map.of("tag_id", 2));

        one.replaceTags(List.of(TagActiveModel.builder().setTag("c"))).save(db.db()).block();
        assertThat(BlogDb.rows(db, "SELECT \"tag_id\" FROM \"post_tag\"")).containsExactly(Map.of("tag_id", 3));
        assertThat(db.countRows("tag")).as("targets are never deleted").isEqualTo(3);
        assertThat(b.isPersisted()).isTrue();
    }
}
