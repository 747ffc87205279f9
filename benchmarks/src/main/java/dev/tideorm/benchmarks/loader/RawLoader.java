package dev.tideorm.benchmarks.loader;

import dev.tideorm.benchmarks.nested.RawSql;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.examples.blog.entity.Post;
import dev.tideorm.examples.blog.entity.Profile;
import dev.tideorm.examples.blog.entity.Tag;
import dev.tideorm.examples.blog.entity.User;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hand-written R2DBC loading users with their profile, posts and the posts' tags into the blog entity records, as
 * TideORM's loader builds them (relations that were not asked for are unloaded; a missing profile is loaded and
 * absent), on one borrowed connection:
 * <ul>
 *   <li>{@link #batched}, the baseline (g): the 3 queries TideORM's loader sends, keys bound as one array
 *       ({@code = ANY($1)}): users LEFT JOIN profile; the posts of those users; the tags of those posts joined
 *       through {@code post_tag}; stitched by key in memory;</li>
 *   <li>{@link #nPlusOne}: one query for the users, then per user one for its profile and one for its posts, and
 *       per post one for its tags: {@code 1 + 5 M} queries for M users with 3 posts each. The per-user and
 *       per-post queries are issued without waiting for each other ({@code flatMapSequential}, 16 users at a
 *       time), so the driver pipelines them on the connection: the fastest form of N+1, not a strawman.</li>
 * </ul>
 */
public final class RawLoader {
    static final String USERS_WITH_PROFILE = "SELECT \"user\".\"id\", \"user\".\"name\", \"user\".\"email\","
            + " \"j1\".\"id\", \"j1\".\"picture\", \"j1\".\"user_id\" FROM \"user\" LEFT JOIN \"profile\" AS \"j1\""
            + " ON \"j1\".\"user_id\" = \"user\".\"id\" WHERE \"user\".\"id\" = ANY($1)";
    static final String POSTS_OF_USERS = "SELECT \"post\".\"id\", \"post\".\"user_id\", \"post\".\"title\" FROM"
            + " \"post\" WHERE \"post\".\"user_id\" = ANY($1) ORDER BY \"post\".\"id\" ASC";
    static final String TAGS_OF_POSTS = "SELECT \"tag\".\"id\", \"tag\".\"tag\", \"post_tag\".\"post_id\" FROM \"tag\""
            + " INNER JOIN \"post_tag\" ON \"post_tag\".\"tag_id\" = \"tag\".\"id\" WHERE \"post_tag\".\"post_id\" ="
            + " ANY($1) ORDER BY \"tag\".\"id\" ASC";
    static final String USERS = "SELECT \"id\", \"name\", \"email\" FROM \"user\" WHERE \"id\" = ANY($1)";
    static final String PROFILE_OF_USER = "SELECT \"id\", \"picture\", \"user_id\" FROM \"profile\""
            + " WHERE \"user_id\" = $1";
    static final String POSTS_OF_USER = "SELECT \"id\", \"user_id\", \"title\" FROM \"post\" WHERE \"user_id\" = $1"
            + " ORDER BY \"id\" ASC";
    static final String TAGS_OF_POST = "SELECT \"tag\".\"id\", \"tag\".\"tag\" FROM \"tag\" INNER JOIN \"post_tag\""
            + " ON \"post_tag\".\"tag_id\" = \"tag\".\"id\" WHERE \"post_tag\".\"post_id\" = $1"
            + " ORDER BY \"tag\".\"id\" ASC";

    /**
     * Users whose queries are in flight at once in {@link #nPlusOne}: at most 5 queries each, 80 in all, below the
     * driver's request queue limit (r2dbc-postgresql fails with {@code RequestQueueException} past it).
     */
    private static final int USERS_IN_FLIGHT = 16;

    private final RawSql raw;

    public RawLoader(RawSql raw) {
        this.raw = raw;
    }

    private record UserRow(int id, String name, String email, Profile profile) {
    }

    private record Keyed<T>(int key, T value) {
    }

    // ---- (g): 3 batched queries ----

    /** The users with these ids (in the database's order), profile, posts and tags loaded: 3 queries. */
    public Mono<List<User>> batched(List<Integer> ids) {
        return raw.withConnection(c -> query(c, USERS_WITH_PROFILE, ids.toArray(new Integer[0]), RawLoader::userRow)
                .collectList()
                .flatMap(users -> users.isEmpty() ? Mono.just(List.<User>of()) : postsOf(c, users)
                        .map(posts -> {
                            List<User> out = new ArrayList<>(users.size());
                            for (UserRow u : users) {
                                out.add(user(u, posts.getOrDefault(u.id(), List.of())));
                            }
                            return out;
                        })));
    }

    private Mono<Map<Integer, List<Post>>> postsOf(Connection c, List<UserRow> users) {
        Integer[] userIds = users.stream().map(UserRow::id).toArray(Integer[]::new);
        return query(c, POSTS_OF_USERS, userIds, RawLoader::postRow).collectList()
                .flatMap(posts -> {
                    if (posts.isEmpty()) {
                        return Mono.just(Map.<Integer, List<Post>>of());
                    }
                    Integer[] postIds = posts.stream().map(Post::id).toArray(Integer[]::new);
                    return query(c, TAGS_OF_POSTS, postIds, row -> new Keyed<>(row.get(2, Integer.class), tag(row)))
                            .collect(HashMap<Integer, List<Tag>>::new,
                                    (m, t) -> m.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t.value()))
                            .map(tags -> {
                                Map<Integer, List<Post>> byUser = new HashMap<>();
                                for (Post p : posts) {
                                    byUser.computeIfAbsent(p.userId(), k -> new ArrayList<>())
                                            .add(withTags(p, tags.getOrDefault(p.id(), List.of())));
                                }
                                return byUser;
                            });
                });
    }

    // ---- N+1 ----

    /** The same graph with one query per user and relation and per post: {@code 1 + 5 M} queries. */
    public Mono<List<User>> nPlusOne(List<Integer> ids) {
        return raw.withConnection(c -> query(c, USERS, ids.toArray(new Integer[0]),
                        row -> new UserRow(row.get(0, Integer.class), row.get(1, String.class),
                                row.get(2, String.class), null))
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .flatMapSequential(u -> query(c, PROFILE_OF_USER, u.id(), RawLoader::profile).collectList()
                        .map(p -> p.isEmpty() ? Optional.<Profile>empty() : Optional.of(p.get(0)))
                        .zipWith(query(c, POSTS_OF_USER, u.id(), RawLoader::postRow).collectList()
                                .flatMapMany(Flux::fromIterable)
                                .flatMapSequential(p -> query(c, TAGS_OF_POST, p.id(), RawLoader::tag).collectList()
                                        .map(tags -> withTags(p, tags)))
                                .collectList())
                        .map(t -> user(new UserRow(u.id(), u.name(), u.email(), t.getT1().orElse(null)), t.getT2())),
                        USERS_IN_FLIGHT)
                .collectList());
    }

    // ---- rows to records ----

    private <T> Flux<T> query(Connection c, String sql, Object key, java.util.function.Function<Row, T> mapper) {
        return Flux.from(raw.statement(c, sql).bind(0, key).execute()).concatMap(r -> r.map((row, md) ->
                mapper.apply(row)));
    }

    private static UserRow userRow(Row row) {
        Integer profileId = row.get(3, Integer.class);
        Profile p = profileId == null ? null
                : new Profile(profileId, row.get(4, String.class), row.get(5, Integer.class), HasOne.unloaded());
        return new UserRow(row.get(0, Integer.class), row.get(1, String.class), row.get(2, String.class), p);
    }

    private static Profile profile(Row row) {
        return new Profile(row.get(0, Integer.class), row.get(1, String.class), row.get(2, Integer.class),
                HasOne.unloaded());
    }

    private static Post postRow(Row row) {
        return new Post(row.get(0, Integer.class), row.get(1, Integer.class), row.get(2, String.class),
                HasOne.unloaded(), HasMany.unloaded(), HasMany.unloaded(), HasMany.unloaded());
    }

    private static Tag tag(Row row) {
        return new Tag(row.get(0, Integer.class), row.get(1, String.class), HasMany.unloaded());
    }

    private static Post withTags(Post p, List<Tag> tags) {
        return new Post(p.id(), p.userId(), p.title(), p.author(), p.comments(), p.attachments(),
                HasMany.loaded(tags));
    }

    private static User user(UserRow u, List<Post> posts) {
        return new User(u.id(), u.name(), u.email(), HasOne.loaded(u.profile()), HasMany.loaded(posts),
                HasMany.unloaded(), HasMany.unloaded());
    }
}
