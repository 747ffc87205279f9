package dev.tideorm.benchmarks.peers;

import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One library's way of doing each peer scenario, over a pool of 32 connections to the seeded schema. The
 * benchmarks call these operations; the equivalence test calls the same ones and converts their results with
 * {@link #user} and {@link #graph}, so no library can do less work than the others unnoticed.
 */
public interface Peer extends AutoCloseable {

    /** One user by primary key, in the library's own object. */
    Mono<?> findById(int id);

    /** The users of {@code ids}, looked up concurrently (up to 32 at a time). */
    Flux<?> findByIds(int[] ids);

    /** Inserts one user and emits its generated id. */
    Mono<Integer> insertOne(Shapes.NewUser user);

    /** Inserts the users in one transaction, the library's recommended bulk way; emits the generated ids. */
    Flux<Integer> insertMany(List<Shapes.NewUser> users);

    /** Streams the users with ids 1..{@code upTo} into objects. */
    Flux<?> stream(int upTo);

    /** Saves the trees (user, profile, posts, tags, junction rows) in one transaction; emits the user ids. */
    Flux<Integer> saveTrees(List<Shapes.Tree> trees);

    /** Loads the users of {@code ids} with their profile, posts and each post's tags, into objects. */
    Flux<?> loadGraph(int[] ids);

    /** A user object this peer emitted, as a neutral row (by default the peer emits neutral rows itself). */
    default Shapes.UserRow user(Object user) {
        return (Shapes.UserRow) user;
    }

    /** A graph object this peer emitted by {@link #loadGraph}, as a neutral graph (by default it emits them). */
    default Shapes.GraphUser graph(Object user) {
        return (Shapes.GraphUser) user;
    }

    /** Releases what the peer holds (the pool). */
    @Override
    void close();
}
