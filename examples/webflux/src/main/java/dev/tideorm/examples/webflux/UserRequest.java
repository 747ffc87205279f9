package dev.tideorm.examples.webflux;

import dev.tideorm.examples.blog.entity.PostActiveModel;
import dev.tideorm.examples.blog.entity.ProfileActiveModel;
import dev.tideorm.examples.blog.entity.TagActiveModel;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of a new user, with an optional profile and posts with tags:
 * <pre>{@code {"name": "Bob", "email": "bob@example.org", "profile": {"picture": "bob.png"},
 *  "posts": [{"title": "Hello", "tags": ["intro", "java"]}]}}</pre>
 */
public record UserRequest(@Nullable String name, @Nullable String email, @Nullable ProfileRequest profile,
                          @Nullable List<PostRequest> posts) {

    /** A profile. */
    public record ProfileRequest(@Nullable String picture) {
    }

    /** A post and the names of its tags. */
    public record PostRequest(@Nullable String title, @Nullable List<String> tags) {
    }

    /**
     * The problems of this request, in the form {@code "field: problem"} ({@code posts[0].title: must not be blank});
     * empty when it is valid.
     */
    public List<String> problems(String prefix) {
        List<String> out = new ArrayList<>();
        if (blank(name)) {
            out.add(prefix + "name: must not be blank");
        }
        if (blank(email) || !email.contains("@")) {
            out.add(prefix + "email: must be an e-mail address");
        }
        if (profile != null && blank(profile.picture())) {
            out.add(prefix + "profile.picture: must not be blank");
        }
        List<PostRequest> ps = posts == null ? List.of() : posts;
        for (int i = 0; i < ps.size(); i++) {
            PostRequest p = ps.get(i);
            if (p == null || blank(p.title())) {
                out.add(prefix + "posts[" + i + "].title: must not be blank");
                continue;
            }
            List<String> tags = p.tags() == null ? List.of() : p.tags();
            for (int j = 0; j < tags.size(); j++) {
                if (blank(tags.get(j))) {
                    out.add(prefix + "posts[" + i + "].tags[" + j + "]: must not be blank");
                }
            }
        }
        return out;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    /** The graph to save: the user, its profile, its posts and their tags (call after {@link #problems}). */
    public UserActiveModel toActiveModel() {
        UserActiveModel user = UserActiveModel.builder().setName(name).setEmail(email);
        if (profile != null) {
            user.setProfile(ProfileActiveModel.builder().setPicture(profile.picture()));
        }
        for (PostRequest p : posts == null ? List.<PostRequest>of() : posts) {
            PostActiveModel post = PostActiveModel.builder().setTitle(p.title());
            for (String tag : p.tags() == null ? List.<String>of() : p.tags()) {
                post.addTag(TagActiveModel.builder().setTag(tag));
            }
            user.addPost(post);
        }
        return user;
    }
}
