package dev.tideorm.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.ForeignKeyViolationException;
import dev.tideorm.core.error.GraphException;
import dev.tideorm.core.error.PrimaryKeyNotSetException;
import dev.tideorm.examples.blog.entity.AttachmentActiveModel;
import dev.tideorm.examples.blog.entity.CommentActiveModel;
import dev.tideorm.examples.blog.entity.PostActiveModel;
import dev.tideorm.examples.blog.entity.ProfileActiveModel;
import dev.tideorm.examples.blog.entity.TagActiveModel;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import dev.tideorm.examples.blog.entity.User_;
import dev.tideorm.examples.nested.entity.PartActiveModel;
import dev.tideorm.examples.nested.entity.Part_;
import dev.tideorm.examples.nested.entity.StaffActiveModel;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.Map;
import reactor.test.StepVerifier;

/**
 * Client-side cascade delete (SEMANTICS section 3, batched by level): dependants go before their parents at any
 * depth, junction rows go and their targets stay, a nullable foreign key is set to NULL instead.
 */
class CascadeDeleteIT {

    @DbTest
    void deletingAUserTakesItsProfilePostsCommentsAndLinksButKeepsTagsAndWeakAttachments(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = UserActiveModel.builder().setName("Bob").setEmail("bob@x");
        UserActiveModel ann = UserActiveModel.builder().setName("Ann").setEmail("ann@x");
        TagActiveModel sunny = TagActiveModel.builder().setTag("sunny");
        bob.setProfile(ProfileActiveModel.builder().setPicture("bob.png"))
                .addPost(PostActiveModel.builder().setTitle("p1").addTag(sunny).addTag(TagActiveModel.builder().setTag("x"))
                        .addComment(CommentActiveModel.builder().setComment("by ann").setUser(ann))
                        .addAttachment(AttachmentActiveModel.builder().setFile("f.png")))
                .addPost(PostActiveModel.builder().setTitle("p2").addTag(sunny));
        // Ann comments on her own post too, and Bob comments on Ann's post: both comments depend on someone deleted.
        ann.addPost(PostActiveModel.builder().setTitle("ann's")
                .addComment(CommentActiveModel.builder().setComment("by bob").setUser(bob)));
        bob.save(db.db()).block();
        ann.save(db.db()).block();
        db.statements().clear();

        User_.findById(bob.id().value()).one(db.db()).map(UserActiveModel::from)
                .flatMap(u -> u.cascadeDelete(db.db()))
                .as(StepVerifier::create)
                // user + profile + 2 posts + 2 comments (one on each post... one on Ann's post by Bob) + 3 post_tag
                .expectNext(1L + 1 + 2 + 2 + 3)
                .verifyComplete();

        assertThat(BlogDb.rows(db, "SELECT \"name\" FROM \"user\"")).containsExactly(Map.of("name", "Ann"));
        assertThat(db.countRows("profile")).isZero();
        assertThat(BlogDb.rows(db, "SELECT \"title\" FROM \"post\"")).containsExactly(Map.of("title", "ann's"));
        assertThat(db.countRows("comment")).isZero();
        assertThat(db.countRows("post_tag")).isZero();
        assertThat(db.countRows("tag")).as("tags survive").isEqualTo(2);
        assertThat(BlogDb.rows(db, "SELECT \"post_id\" FROM \"attachment\"")).singleElement()
                .satisfies(r -> assertThat(r.get("post_id")).isNull());
        assertThat(BlogDb.shape(db)).startsWith("SELECT user", "BEGIN").endsWith("DELETE user", "COMMIT");
        // One DELETE per table and level, deepest first: comments hang from Bob (level 1) and from his posts (level 2).
        assertThat(BlogDb.shape(db).stream().filter(s -> s.startsWith("DELETE")))
                .containsExactly("DELETE comment", "DELETE post_tag", "DELETE profile", "DELETE post", "DELETE comment",
                        "DELETE user");
    }

    @DbTest
    void plainDeleteStaysASingleRowDeleteAndFailsOnDependants(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel bob = UserActiveModel.builder().setName("Bob").setEmail("bob@x")
                .addPost(PostActiveModel.builder().setTitle("p"));
        bob.save(db.db()).block();
        bob.delete(db.db()).as(StepVerifier::create).verifyError(ForeignKeyViolationException.class);
        assertThat(db.countRows("user")).isEqualTo(1);
    }

    @DbTest
    void aWeakSelfReferenceIsOrphaned(TestDb db) {
        BlogDb.reset(db);
        StaffActiveModel alan = StaffActiveModel.builder().setName("Alan")
                .addManage(StaffActiveModel.builder().setName("Ben"))
                .addManage(StaffActiveModel.builder().setName("Alice"));
        alan.save(db.db()).block();

        alan.cascadeDelete(db.db()).as(StepVerifier::create).expectNext(1L).verifyComplete();

        assertThat(BlogDb.rows(db, "SELECT \"name\", \"reports_to_id\" FROM \"staff\" ORDER BY \"id\""))
                .extracting(r -> r.get("name")).containsExactly("Ben", "Alice");
        assertThat(BlogDb.rows(db, "SELECT \"reports_to_id\" FROM \"staff\""))
                .allSatisfy(r -> assertThat(r.get("reports_to_id")).isNull());
        assertThat(alan.isPersisted()).isFalse();
    }

    @DbTest
    void aStrictSelfReferenceIsDeletedDeepestFirst(TestDb db) {
        BlogDb.reset(db);
        db.exec("INSERT INTO \"part\" (\"id\", \"name\", \"assembly_id\") VALUES (1, 'root', 1)",
                "INSERT INTO \"part\" (\"id\", \"name\", \"assembly_id\") VALUES (2, 'frame', 1)",
                "INSERT INTO \"part\" (\"id\", \"name\", \"assembly_id\") VALUES (3, 'bolt', 2)",
                "INSERT INTO \"part\" (\"id\", \"name\", \"assembly_id\") VALUES (4, 'other', 4)");

        Part_.findById(1).one(db.db()).map(PartActiveModel::from).flatMap(p -> p.cascadeDelete(db.db()))
                .as(StepVerifier::create).expectNext(3L).verifyComplete();

        assertThat(BlogDb.rows(db, "SELECT \"name\" FROM \"part\"")).containsExactly(Map.of("name", "other"));
    }

    @DbTest
    void aCycleThroughNotNullKeysFailsCleanlyAndDeletesNothing(TestDb db) {
        BlogDb.reset(db);
        db.exec("INSERT INTO \"part\" (\"id\", \"name\", \"assembly_id\") VALUES (1, 'a', 1)",
                "INSERT INTO \"part\" (\"id\", \"name\", \"assembly_id\") VALUES (2, 'b', 1)",
                "UPDATE \"part\" SET \"assembly_id\" = 2 WHERE \"id\" = 1");

        Part_.findById(1).one(db.db()).map(PartActiveModel::from).flatMap(p -> p.cascadeDelete(db.db()))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(GraphException.class)
                        .hasMessageContaining("cycle"));
        assertThat(db.countRows("part")).isEqualTo(2);
    }

    @DbTest
    void aModelWithoutItsKeyFailsBeforeAnySql(TestDb db) {
        BlogDb.reset(db);
        UserActiveModel.builder().setName("x").cascadeDelete(db.db()).as(StepVerifier::create)
                .verifyError(PrimaryKeyNotSetException.class);
        assertThat(db.statements().all()).isEmpty();
    }
}
