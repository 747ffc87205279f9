package dev.tideorm.benchmarks.peers;

import java.util.Comparator;
import java.util.List;

/**
 * Library-neutral shapes of what the peer scenarios read and write. The hand-written R2DBC, Spring Data and jOOQ
 * peers map their rows into these records (the usual DTO of such code); TideORM reads its own entities. The
 * equivalence test converts every peer's result into these shapes and compares them.
 */
public final class Shapes {
    private Shapes() {
    }

    /** A user row. */
    public record UserRow(int id, String name, String email) {
    }

    /** A user with its profile (or null), its posts and each post's tags. */
    public record GraphUser(int id, String name, String email, GraphProfile profile, List<GraphPost> posts) {
        /** The same graph with posts and tags sorted by id, so graphs from different libraries compare equal. */
        public GraphUser sorted() {
            return new GraphUser(id, name, email, profile, posts.stream().map(GraphPost::sorted)
                    .sorted(Comparator.comparingInt(GraphPost::id)).toList());
        }
    }

    /** A profile. */
    public record GraphProfile(int id, String picture) {
    }

    /** A post with its tags. */
    public record GraphPost(int id, String title, List<GraphTag> tags) {
        GraphPost sorted() {
            return new GraphPost(id, title, tags.stream().sorted(Comparator.comparingInt(GraphTag::id)).toList());
        }
    }

    /** A tag. */
    public record GraphTag(int id, String tag) {
    }

    /** The input of one nested save: a user, a profile, posts and each post's tag names. */
    public record Tree(String name, String email, String picture, List<TreePost> posts) {
    }

    /** A post of a {@link Tree}. */
    public record TreePost(String title, List<String> tags) {
    }

    /** A new user row of the insert scenarios. */
    public record NewUser(String name, String email) {
    }
}
