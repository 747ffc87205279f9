package dev.tideorm.examples.blog.entity;

import dev.tideorm.core.annotation.Entity;
import dev.tideorm.core.annotation.PrimaryKey;
import dev.tideorm.core.annotation.Unique;
import dev.tideorm.core.annotation.Via;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;

/**
 * A blog user: has one profile, has many posts, and follows other users through {@link UserFollower}.
 *
 * <pre>{@code
 * UserActiveModel.builder().setName("Bob").setEmail("bob@example.org")
 *     .setProfile(ProfileActiveModel.builder().setPicture("bob.png"))
 *     .addPost(PostActiveModel.builder().setTitle("Hello"))
 *     .save(db);
 * }</pre>
 */
@Entity(table = "user")
public record User(
        @PrimaryKey Integer id,
        String name,
        @Unique String email,
        HasOne<Profile> profile,
        HasMany<Post> posts,
        @Via(value = UserFollower.class, from = "user", to = "follower") HasMany<User> followers,
        @Via(value = UserFollower.class, from = "follower", to = "user") HasMany<User> following) {
}
