package dev.tideorm.examples.webflux;

import dev.tideorm.examples.blog.entity.Post;
import dev.tideorm.examples.blog.entity.Profile;
import dev.tideorm.examples.blog.entity.Tag;
import dev.tideorm.examples.blog.entity.User;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of a user as loaded with its profile, posts and their tags:
 * <pre>{@code {"id": 1, "name": "Bob", "email": "bob@example.org", "profile": {"id": 1, "picture": "bob.png"},
 *  "posts": [{"id": 1, "title": "Hello", "tags": [{"id": 1, "tag": "intro"}, {"id": 2, "tag": "java"}]}]}}</pre>
 */
public record UserView(Integer id, String name, String email, @Nullable ProfileView profile, List<PostView> posts) {

    /** A profile. */
    public record ProfileView(Integer id, String picture) {
    }

    /** A post with its tags. */
    public record PostView(Integer id, String title, List<TagView> tags) {
    }

    /** A tag. */
    public record TagView(Integer id, String tag) {
    }

    /** The view of {@code user}, which must have been loaded with its profile, posts and their tags. */
    public static UserView of(User user) {
        Profile p = user.profile().get().orElse(null);
        return new UserView(user.id(), user.name(), user.email(),
                p == null ? null : new ProfileView(p.id(), p.picture()),
                user.posts().get().stream().map(UserView::post).toList());
    }

    private static PostView post(Post post) {
        return new PostView(post.id(), post.title(), post.tags().get().stream().map(UserView::tag).toList());
    }

    private static TagView tag(Tag tag) {
        return new TagView(tag.id(), tag.tag());
    }
}
