package dev.tideorm.benchmarks.nested;

import dev.tideorm.examples.blog.entity.PostActiveModel;
import dev.tideorm.examples.blog.entity.ProfileActiveModel;
import dev.tideorm.examples.blog.entity.TagActiveModel;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed tree of issue 8: a user, a profile, 3 posts with 2 tags each, and the 6 junction rows (17 rows). Every
 * name derives from the tree's name, so each row can be traced back to its parent, and a fresh prefix per
 * invocation gives fresh (unique) emails and tag names.
 */
public final class Trees {
    /** Posts per tree. */
    public static final int POSTS = 3;
    /** Tags per post. */
    public static final int TAGS = 2;
    /** Rows per tree: user, profile, posts, tags and junction rows. */
    public static final int ROWS = 2 + POSTS + 2 * POSTS * TAGS;

    private Trees() {
    }

    /** One tree, as plain data for the hand-written variants. */
    public record Tree(String name, String email, String picture, List<PostData> posts) {
    }

    /** One post of a tree with its tag names. */
    public record PostData(String title, List<String> tags) {
    }

    /** {@code n} trees named {@code prefix + i}. */
    public static List<Tree> data(String prefix, int n) {
        List<Tree> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = prefix + i;
            List<PostData> posts = new ArrayList<>(POSTS);
            for (int p = 0; p < POSTS; p++) {
                String title = name + "/p" + p;
                List<String> tags = new ArrayList<>(TAGS);
                for (int t = 0; t < TAGS; t++) {
                    tags.add(title + "/t" + t);
                }
                posts.add(new PostData(title, tags));
            }
            out.add(new Tree(name, name + "@b.ench", name + ".png", posts));
        }
        return out;
    }

    /** {@code n} fresh ActiveModel trees named {@code prefix + i}, the same rows as {@link #data}. */
    public static List<UserActiveModel> activeModels(String prefix, int n) {
        List<UserActiveModel> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = prefix + i;
            UserActiveModel u = UserActiveModel.builder().setName(name).setEmail(name + "@b.ench")
                    .setProfile(ProfileActiveModel.builder().setPicture(name + ".png"));
            for (int p = 0; p < POSTS; p++) {
                String title = name + "/p" + p;
                PostActiveModel post = PostActiveModel.builder().setTitle(title);
                for (int t = 0; t < TAGS; t++) {
                    post.addTag(TagActiveModel.builder().setTag(title + "/t" + t));
                }
                u.addPost(post);
            }
            out.add(u);
        }
        return out;
    }
}
