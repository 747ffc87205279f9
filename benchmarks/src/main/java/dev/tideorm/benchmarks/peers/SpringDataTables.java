package dev.tideorm.benchmarks.peers;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Spring Data R2DBC's own mapped classes for the blog tables: immutable records with a wither for the generated
 * id, as Spring Data's reference documentation shows for immutable entities. Column names follow Spring's default
 * naming (camelCase to snake_case); identifiers are quoted ({@code "user"} is reserved).
 */
public final class SpringDataTables {
    private SpringDataTables() {
    }

    /** A row of {@code "user"}. */
    @Table("user")
    public record SdUser(@Id Integer id, String name, String email) {
        /** This user with its generated id. */
        public SdUser withId(Integer id) {
            return new SdUser(id, name, email);
        }
    }

    /** A row of {@code profile}. */
    @Table("profile")
    public record SdProfile(@Id Integer id, String picture, Integer userId) {
        /** This profile with its generated id. */
        public SdProfile withId(Integer id) {
            return new SdProfile(id, picture, userId);
        }
    }

    /** A row of {@code post}. */
    @Table("post")
    public record SdPost(@Id Integer id, Integer userId, String title) {
        /** This post with its generated id. */
        public SdPost withId(Integer id) {
            return new SdPost(id, userId, title);
        }
    }

    /** A row of {@code tag}. */
    @Table("tag")
    public record SdTag(@Id Integer id, String tag) {
        /** This tag with its generated id. */
        public SdTag withId(Integer id) {
            return new SdTag(id, tag);
        }
    }

    /** A row of the junction {@code post_tag} (composite key: Spring Data R2DBC maps no id here). */
    @Table("post_tag")
    public record SdPostTag(Integer postId, Integer tagId) {
    }
}
