package dev.tideorm.benchmarks.peers;

import dev.tideorm.examples.blog.entity.Post;
import dev.tideorm.examples.blog.entity.PostActiveModel;
import dev.tideorm.examples.blog.entity.Post_;
import dev.tideorm.examples.blog.entity.ProfileActiveModel;
import dev.tideorm.examples.blog.entity.Tag;
import dev.tideorm.examples.blog.entity.TagActiveModel;
import dev.tideorm.examples.blog.entity.User;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import dev.tideorm.examples.blog.entity.User_;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DatabaseOptions;
import io.r2dbc.pool.ConnectionPool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * TideORM through its public API on {@code Database.wrap(pool, options)}: generated finders, {@code insert},
 * {@code insertMany} (one multi-row statement), {@code stream}, {@code saveAll} of nested active models (one
 * transaction, one multi-row INSERT per table and level) and the loader ({@code with(...)}).
 */
public final class TidePeer implements Peer {
    private final ConnectionPool pool;
    private final Database db;

    /** A peer over {@code pool}, which it closes on {@link #close()}. */
    public TidePeer(ConnectionPool pool) {
        this.pool = pool;
        this.db = Database.wrap(pool, DatabaseOptions.builder().build());
    }

    @Override
    public Mono<User> findById(int id) {
        return User_.findById(id).one(db);
    }

    @Override
    public Flux<User> findByIds(int[] ids) {
        return Flux.fromArray(Arrays.stream(ids).boxed().toArray(Integer[]::new))
                .flatMap(id -> User_.findById(id).one(db), PeerData.CONCURRENT);
    }

    @Override
    public Mono<Integer> insertOne(Shapes.NewUser user) {
        return UserActiveModel.builder().setName(user.name()).setEmail(user.email()).insert(db).map(User::id);
    }

    @Override
    public Flux<Integer> insertMany(List<Shapes.NewUser> users) {
        List<UserActiveModel> models = new ArrayList<>(users.size());
        for (Shapes.NewUser u : users) {
            models.add(UserActiveModel.builder().setName(u.name()).setEmail(u.email()));
        }
        return User_.insertMany(models).execWithReturning(db).map(User::id);
    }

    @Override
    public Flux<User> stream(int upTo) {
        return User_.find().filter(User_.ID.le(upTo)).stream(db);
    }

    @Override
    public Flux<Integer> saveTrees(List<Shapes.Tree> trees) {
        List<UserActiveModel> models = new ArrayList<>(trees.size());
        for (Shapes.Tree t : trees) {
            UserActiveModel u = UserActiveModel.builder().setName(t.name()).setEmail(t.email())
                    .setProfile(ProfileActiveModel.builder().setPicture(t.picture()));
            for (Shapes.TreePost p : t.posts()) {
                PostActiveModel post = PostActiveModel.builder().setTitle(p.title());
                for (String tag : p.tags()) {
                    post.addTag(TagActiveModel.builder().setTag(tag));
                }
                u.addPost(post);
            }
            models.add(u);
        }
        return UserActiveModel.saveAll(db, models).map(u -> u.id().value());
    }

    @Override
    public Flux<User> loadGraph(int[] ids) {
        return User_.find().filter(User_.ID.anyOf(Arrays.stream(ids).boxed().toList()))
                .with(User_.PROFILE).with(User_.POSTS, Post_.TAGS).all(db).flatMapIterable(users -> users);
    }

    @Override
    public Shapes.UserRow user(Object user) {
        User u = (User) user;
        return new Shapes.UserRow(u.id(), u.name(), u.email());
    }

    @Override
    public Shapes.GraphUser graph(Object user) {
        User u = (User) user;
        if (u.profile().isUnloaded() || u.posts().isUnloaded()) {
            throw new IllegalStateException("relations not loaded: " + u);
        }
        List<Shapes.GraphPost> posts = new ArrayList<>();
        for (Post p : u.posts().get()) {
            if (p.tags().isUnloaded()) {
                throw new IllegalStateException("tags not loaded: " + p);
            }
            List<Shapes.GraphTag> tags = new ArrayList<>();
            for (Tag t : p.tags().get()) {
                tags.add(new Shapes.GraphTag(t.id(), t.tag()));
            }
            posts.add(new Shapes.GraphPost(p.id(), p.title(), tags));
        }
        return new Shapes.GraphUser(u.id(), u.name(), u.email(), u.profile().get()
                .map(p -> new Shapes.GraphProfile(p.id(), p.picture())).orElse(null), posts);
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
