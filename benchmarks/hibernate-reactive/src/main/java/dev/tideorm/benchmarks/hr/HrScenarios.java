package dev.tideorm.benchmarks.hr;

import dev.tideorm.benchmarks.hr.entity.Post;
import dev.tideorm.benchmarks.hr.entity.Profile;
import dev.tideorm.benchmarks.hr.entity.Tag;
import dev.tideorm.benchmarks.hr.entity.User;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The peer-benchmark scenarios done the Hibernate Reactive way, as non-blocking {@link Uni}s: the JMH class and
 * the test block on them at their edge only.
 *
 * <ul>
 *   <li>find: {@code withSession} + {@code find}; concurrent finds each get their own session, since a session
 *       must not be shared by concurrent operations;</li>
 *   <li>writes: {@code withTransaction} + {@code persist}/{@code persistAll}, flushed at commit, in batches of
 *       {@value HrSessionFactory#BATCH_SIZE} with ordered inserts; children reach their parent's key through the
 *       association, cascaded by {@code CascadeType.PERSIST};</li>
 *   <li>stream: Hibernate Reactive has no streaming or scrolling, so the whole result is read into a list with
 *       {@code createSelectionQuery(...).getResultList()}, in a stateless session (no persistence context to fill
 *       for a read-only bulk read);</li>
 *   <li>graph: one query, {@code join fetch} of profile → user → posts → tags (both sets).</li>
 * </ul>
 *
 * <p>Emails and tag names made by the write scenarios are unique per JVM ({@code runTag} and a counter).
 */
public final class HrScenarios {
    private static final String GRAPH_QUERY = "select p from Profile p"
            + " join fetch p.user u"
            + " left join fetch u.posts po"
            + " left join fetch po.tags"
            + " where u.id in :ids";

    private final Mutiny.SessionFactory factory;
    private final String runTag = Long.toString(System.nanoTime(), 36);
    private final AtomicLong unique = new AtomicLong();

    /** Scenarios on {@code factory}. */
    public HrScenarios(Mutiny.SessionFactory factory) {
        this.factory = factory;
    }

    /** One user by primary key. */
    public Uni<User> findById(int id) {
        return factory.withSession(session -> session.find(User.class, id));
    }

    /** All the given users found concurrently, one session each; the list is in {@code ids} order. */
    public Uni<List<User>> findAll(int[] ids) {
        List<Uni<User>> finds = new ArrayList<>(ids.length);
        for (int id : ids) {
            finds.add(findById(id));
        }
        return Uni.join().all(finds).andFailFast();
    }

    /** One new user; the generated id. */
    public Uni<Integer> insertOne() {
        User user = newUser("one");
        return factory.withTransaction(session -> session.persist(user)).replaceWith(user::getId);
    }

    /** {@code count} new users in one transaction; their generated ids. */
    public Uni<List<Integer>> insertMany(int count) {
        List<User> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            users.add(newUser("bulk"));
        }
        return factory.withTransaction(session -> session.persistAll(users.toArray()))
                .replaceWith(() -> users.stream().map(User::getId).toList());
    }

    /**
     * {@code trees} seed trees in one transaction: user, profile, 3 posts, 2 new tags per post and the 6
     * {@code post_tag} rows, 17 rows per tree. Returns the saved users.
     */
    public Uni<List<User>> nestedSave(int trees) {
        List<Object> roots = new ArrayList<>(trees * 2);
        List<User> users = new ArrayList<>(trees);
        for (int t = 0; t < trees; t++) {
            User user = newUser("tree");
            for (int p = 1; p <= 3; p++) {
                Post post = user.addPost("post " + p);
                for (int k = 0; k < 2; k++) {
                    post.getTags().add(new Tag("tag-" + runTag + "-" + unique.incrementAndGet()));
                }
            }
            users.add(user);
            roots.add(user);
            roots.add(new Profile(user, "pic.png"));
        }
        return factory.withTransaction(session -> session.persistAll(roots.toArray())).replaceWith(users);
    }

    /** Users 1..{@code maxId} read into objects. */
    public Uni<List<User>> readAll(int maxId) {
        return factory.withStatelessSession(session -> session
                .createSelectionQuery("from User u where u.id <= :max", User.class)
                .setParameter("max", maxId)
                .getResultList());
    }

    /** The given users' profiles, each with its user, the user's posts and each post's tags. */
    public Uni<List<Profile>> loadGraph(List<Integer> userIds) {
        return factory.withSession(session -> session
                .createSelectionQuery(GRAPH_QUERY, Profile.class)
                .setParameter("ids", userIds)
                .getResultList());
    }

    private User newUser(String kind) {
        long n = unique.incrementAndGet();
        return new User(kind + " " + n, kind + "-" + runTag + "-" + n + "@example.org");
    }
}
