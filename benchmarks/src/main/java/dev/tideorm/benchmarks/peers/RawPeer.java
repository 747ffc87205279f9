package dev.tideorm.benchmarks.peers;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The baseline: hand-written R2DBC on r2dbc-pool, what a careful engineer writes without a library. Bulk insert
 * is a multi-binding {@link Statement#add()} batch in one transaction; the nested save inserts row by row in one
 * transaction, threading each generated key into the children; the graph is 3 batched queries with
 * {@code = ANY($1)} arrays ({@link #loadGraph}), or the naive loop ({@link #loadGraphNPlusOne}).
 */
public final class RawPeer implements Peer {
    private static final String FIND = "SELECT id, name, email FROM \"user\" WHERE id = $1";
    private static final String INSERT_USER = "INSERT INTO \"user\" (name, email) VALUES ($1, $2)";
    private static final String STREAM = "SELECT id, name, email FROM \"user\" WHERE id <= $1";
    private static final String INSERT_PROFILE = "INSERT INTO profile (picture, user_id) VALUES ($1, $2)";
    private static final String INSERT_POST = "INSERT INTO post (user_id, title) VALUES ($1, $2)";
    private static final String INSERT_TAG = "INSERT INTO tag (tag) VALUES ($1)";
    private static final String INSERT_POST_TAG = "INSERT INTO post_tag (post_id, tag_id) VALUES ($1, $2)";
    private static final String GRAPH_USERS = "SELECT u.id, u.name, u.email, p.id, p.picture FROM \"user\" u"
            + " LEFT JOIN profile p ON p.user_id = u.id WHERE u.id = ANY($1)";
    private static final String GRAPH_POSTS = "SELECT id, user_id, title FROM post WHERE user_id = ANY($1)";
    private static final String GRAPH_TAGS = "SELECT pt.post_id, t.id, t.tag FROM post_tag pt JOIN tag t"
            + " ON t.id = pt.tag_id WHERE pt.post_id = ANY($1)";
    private static final String PROFILE_OF = "SELECT id, picture FROM profile WHERE user_id = $1";
    private static final String POSTS_OF = "SELECT id, title FROM post WHERE user_id = $1";
    private static final String TAGS_OF = "SELECT t.id, t.tag FROM post_tag pt JOIN tag t ON t.id = pt.tag_id"
            + " WHERE pt.post_id = $1";

    private final ConnectionPool pool;

    /** A peer over {@code pool}, which it closes on {@link #close()}. */
    public RawPeer(ConnectionPool pool) {
        this.pool = pool;
    }

    private static Shapes.UserRow userRow(Readable row) {
        return new Shapes.UserRow(row.get(0, Integer.class), row.get(1, String.class), row.get(2, String.class));
    }

    private static <T> Flux<T> rows(Statement statement, Function<Readable, T> mapper) {
        return Flux.from(statement.execute()).concatMap(r -> r.map(mapper));
    }

    private static Mono<Integer> key(Statement statement) {
        return rows(statement.returnGeneratedValues("id"), row -> row.get(0, Integer.class)).single();
    }

    private <T> Flux<T> withConnection(Function<Connection, Publisher<T>> work) {
        return Flux.usingWhen(pool.create(), work, Connection::close);
    }

    private <T> Flux<T> inTransaction(Function<Connection, Publisher<T>> work) {
        return withConnection(c -> Flux.usingWhen(Mono.from(c.beginTransaction()).thenReturn(c), work,
                Connection::commitTransaction, (tx, e) -> tx.rollbackTransaction(), Connection::rollbackTransaction));
    }

    @Override
    public Mono<Shapes.UserRow> findById(int id) {
        return withConnection(c -> rows(c.createStatement(FIND).bind(0, id), RawPeer::userRow)).singleOrEmpty();
    }

    @Override
    public Flux<Shapes.UserRow> findByIds(int[] ids) {
        return Flux.fromArray(Arrays.stream(ids).boxed().toArray(Integer[]::new))
                .flatMap(this::findById, PeerData.CONCURRENT);
    }

    @Override
    public Mono<Integer> insertOne(Shapes.NewUser user) {
        return withConnection(c -> key(c.createStatement(INSERT_USER).bind(0, user.name()).bind(1, user.email())))
                .single();
    }

    @Override
    public Flux<Integer> insertMany(List<Shapes.NewUser> users) {
        return inTransaction(c -> {
            Statement st = c.createStatement(INSERT_USER).returnGeneratedValues("id");
            for (int i = 0; i < users.size(); i++) {
                if (i > 0) {
                    st.add();
                }
                st.bind(0, users.get(i).name()).bind(1, users.get(i).email());
            }
            return rows(st, row -> row.get(0, Integer.class));
        });
    }

    @Override
    public Flux<Shapes.UserRow> stream(int upTo) {
        return withConnection(c -> rows(c.createStatement(STREAM).bind(0, upTo), RawPeer::userRow));
    }

    @Override
    public Flux<Integer> saveTrees(List<Shapes.Tree> trees) {
        return inTransaction(c -> Flux.fromIterable(trees).concatMap(tree -> saveTree(c, tree)));
    }

    private static Mono<Integer> saveTree(Connection c, Shapes.Tree tree) {
        return key(c.createStatement(INSERT_USER).bind(0, tree.name()).bind(1, tree.email()))
                .flatMap(userId -> key(c.createStatement(INSERT_PROFILE).bind(0, tree.picture()).bind(1, userId))
                        .thenMany(Flux.fromIterable(tree.posts()).concatMap(post ->
                                key(c.createStatement(INSERT_POST).bind(0, userId).bind(1, post.title()))
                                        .flatMapMany(postId -> Flux.fromIterable(post.tags()).concatMap(tag ->
                                                key(c.createStatement(INSERT_TAG).bind(0, tag)).flatMapMany(tagId ->
                                                        Flux.from(c.createStatement(INSERT_POST_TAG).bind(0, postId)
                                                                .bind(1, tagId).execute())
                                                                .concatMap(r -> r.getRowsUpdated()))))))
                        .then(Mono.just(userId)));
    }

    @Override
    public Flux<Shapes.GraphUser> loadGraph(int[] ids) {
        Integer[] userIds = Arrays.stream(ids).boxed().toArray(Integer[]::new);
        return withConnection(c -> rows(c.createStatement(GRAPH_USERS).bind(0, userIds), UserHead::of).collectList()
                .flatMapMany(users -> rows(c.createStatement(GRAPH_POSTS).bind(0, userIds), PostHead::of)
                        .collectList()
                        .flatMapMany(posts -> rows(c.createStatement(GRAPH_TAGS).bind(0, posts.stream()
                                .map(PostHead::id).toArray(Integer[]::new)), PostTagRow::of).collectList()
                                .flatMapIterable(tags -> assemble(users, posts, tags)))));
    }

    private static List<Shapes.GraphUser> assemble(List<UserHead> users, List<PostHead> posts, List<PostTagRow> tags) {
        Map<Integer, List<Shapes.GraphTag>> tagsOf = new HashMap<>();
        for (PostTagRow t : tags) {
            tagsOf.computeIfAbsent(t.postId(), k -> new ArrayList<>(2)).add(t.tag());
        }
        Map<Integer, List<Shapes.GraphPost>> postsOf = new HashMap<>();
        for (PostHead p : posts) {
            postsOf.computeIfAbsent(p.userId(), k -> new ArrayList<>(3))
                    .add(new Shapes.GraphPost(p.id(), p.title(), tagsOf.getOrDefault(p.id(), List.of())));
        }
        List<Shapes.GraphUser> out = new ArrayList<>(users.size());
        for (UserHead u : users) {
            out.add(new Shapes.GraphUser(u.id(), u.name(), u.email(), u.profile(),
                    postsOf.getOrDefault(u.id(), List.of())));
        }
        return out;
    }

    /**
     * The naive loop a first version often is: for each id, the user, its profile, its posts and each post's
     * tags, one query at a time on one connection (6 queries per user with 3 posts).
     */
    public Flux<Shapes.GraphUser> loadGraphNPlusOne(int[] ids) {
        return withConnection(c -> Flux.fromArray(Arrays.stream(ids).boxed().toArray(Integer[]::new))
                .concatMap(id -> rows(c.createStatement(FIND).bind(0, id), RawPeer::userRow).singleOrEmpty()
                        .flatMap(u -> rows(c.createStatement(PROFILE_OF).bind(0, id), row -> new Shapes.GraphProfile(
                                row.get(0, Integer.class), row.get(1, String.class))).collectList()
                                .flatMap(profile -> rows(c.createStatement(POSTS_OF).bind(0, id), PostHead::ofUser)
                                        .collectList()
                                        .flatMapMany(Flux::fromIterable)
                                        .concatMap(p -> rows(c.createStatement(TAGS_OF).bind(0, p.id()),
                                                row -> new Shapes.GraphTag(row.get(0, Integer.class),
                                                        row.get(1, String.class))).collectList()
                                                .map(tags -> new Shapes.GraphPost(p.id(), p.title(), tags)))
                                        .collectList()
                                        .map(posts -> new Shapes.GraphUser(u.id(), u.name(), u.email(),
                                                profile.isEmpty() ? null : profile.get(0), posts))))));
    }

    /** A user row joined with its profile. */
    private record UserHead(int id, String name, String email, Shapes.GraphProfile profile) {
        static UserHead of(Readable row) {
            Integer profileId = row.get(3, Integer.class);
            return new UserHead(row.get(0, Integer.class), row.get(1, String.class), row.get(2, String.class),
                    profileId == null ? null : new Shapes.GraphProfile(profileId, row.get(4, String.class)));
        }
    }

    /** A post row. */
    private record PostHead(int id, int userId, String title) {
        static PostHead of(Readable row) {
            return new PostHead(row.get(0, Integer.class), row.get(1, Integer.class), row.get(2, String.class));
        }

        static PostHead ofUser(Readable row) {
            return new PostHead(row.get(0, Integer.class), 0, row.get(1, String.class));
        }
    }

    /** A tag with the post it is linked to. */
    private record PostTagRow(int postId, Shapes.GraphTag tag) {
        static PostTagRow of(Readable row) {
            return new PostTagRow(row.get(0, Integer.class),
                    new Shapes.GraphTag(row.get(1, Integer.class), row.get(2, String.class)));
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
