package dev.tideorm.benchmarks.peers;

import static dev.tideorm.benchmarks.peers.JooqTables.POST;
import static dev.tideorm.benchmarks.peers.JooqTables.POST_ID;
import static dev.tideorm.benchmarks.peers.JooqTables.POST_TAG;
import static dev.tideorm.benchmarks.peers.JooqTables.POST_TAG_POST_ID;
import static dev.tideorm.benchmarks.peers.JooqTables.POST_TAG_TAG_ID;
import static dev.tideorm.benchmarks.peers.JooqTables.POST_TITLE;
import static dev.tideorm.benchmarks.peers.JooqTables.POST_USER_ID;
import static dev.tideorm.benchmarks.peers.JooqTables.PROFILE;
import static dev.tideorm.benchmarks.peers.JooqTables.PROFILE_ID;
import static dev.tideorm.benchmarks.peers.JooqTables.PROFILE_PICTURE;
import static dev.tideorm.benchmarks.peers.JooqTables.PROFILE_USER_ID;
import static dev.tideorm.benchmarks.peers.JooqTables.TAG;
import static dev.tideorm.benchmarks.peers.JooqTables.TAG_ID;
import static dev.tideorm.benchmarks.peers.JooqTables.TAG_TAG;
import static dev.tideorm.benchmarks.peers.JooqTables.USER;
import static dev.tideorm.benchmarks.peers.JooqTables.USER_EMAIL;
import static dev.tideorm.benchmarks.peers.JooqTables.USER_ID;
import static dev.tideorm.benchmarks.peers.JooqTables.USER_NAME;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.r2dbc.pool.ConnectionPool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep2;
import org.jooq.Record;
import org.jooq.Record6;
import org.jooq.Records;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * jOOQ 3.19 OSS on R2DBC, the DSL without code generation ({@link JooqTables}): {@code DSL.using(pool)},
 * multi-row {@code INSERT ... VALUES (...), (...) RETURNING id} for the bulk insert and for each level of the
 * nested save (keys threaded in the order PostgreSQL returns them, which is VALUES order), nested
 * {@code MULTISET} for the graph (one query), {@code transactionPublisher} for transactions.
 */
public final class JooqPeer implements Peer {
    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final ConnectionPool pool;
    private final DSLContext ctx;
    private final Field<List<Shapes.GraphPost>> postsOfUser = multiset(
            select(POST_ID, POST_TITLE, multiset(select(TAG_ID, TAG_TAG).from(POST_TAG)
                    .join(TAG).on(TAG_ID.eq(POST_TAG_TAG_ID)).where(POST_TAG_POST_ID.eq(POST_ID)))
                    .convertFrom(r -> r.map(Records.mapping(Shapes.GraphTag::new))))
                    .from(POST).where(POST_USER_ID.eq(USER_ID)))
            .convertFrom(r -> r.map(Records.mapping(Shapes.GraphPost::new)));

    /** A peer over {@code pool}, which it closes on {@link #close()}. */
    public JooqPeer(ConnectionPool pool) {
        this.pool = pool;
        this.ctx = DSL.using(pool, SQLDialect.POSTGRES);
    }

    @Override
    public Mono<Shapes.UserRow> findById(int id) {
        return Flux.from(ctx.select(USER_ID, USER_NAME, USER_EMAIL).from(USER).where(USER_ID.eq(id)))
                .map(Records.mapping(Shapes.UserRow::new)).singleOrEmpty();
    }

    @Override
    public Flux<Shapes.UserRow> findByIds(int[] ids) {
        return Flux.fromArray(Arrays.stream(ids).boxed().toArray(Integer[]::new))
                .flatMap(this::findById, PeerData.CONCURRENT);
    }

    @Override
    public Mono<Integer> insertOne(Shapes.NewUser user) {
        return Flux.from(ctx.insertInto(USER, USER_NAME, USER_EMAIL).values(user.name(), user.email())
                .returningResult(USER_ID)).map(r -> r.value1()).single();
    }

    @Override
    public Flux<Integer> insertMany(List<Shapes.NewUser> users) {
        return insertUsers(ctx, users.stream().map(u -> new String[] {u.name(), u.email()}).toList());
    }

    private static Flux<Integer> insertUsers(DSLContext dsl, List<String[]> rows) {
        InsertValuesStep2<Record, String, String> insert = dsl.insertInto(USER, USER_NAME, USER_EMAIL);
        for (String[] r : rows) {
            insert = insert.values(r[0], r[1]);
        }
        return Flux.from(insert.returningResult(USER_ID)).map(r -> r.value1());
    }

    @Override
    public Flux<Shapes.UserRow> stream(int upTo) {
        return Flux.from(ctx.select(USER_ID, USER_NAME, USER_EMAIL).from(USER).where(USER_ID.le(upTo)))
                .map(Records.mapping(Shapes.UserRow::new));
    }

    @Override
    public Flux<Integer> saveTrees(List<Shapes.Tree> trees) {
        return Flux.from(ctx.transactionPublisher(cfg -> {
            DSLContext dsl = cfg.dsl();
            return insertUsers(dsl, trees.stream().map(t -> new String[] {t.name(), t.email()}).toList())
                    .collectList()
                    .flatMapMany(userIds -> saveChildren(dsl, trees, userIds).thenMany(Flux.fromIterable(userIds)));
        }));
    }

    private static Mono<Void> saveChildren(DSLContext dsl, List<Shapes.Tree> trees, List<Integer> userIds) {
        var profiles = dsl.insertInto(PROFILE, PROFILE_PICTURE, PROFILE_USER_ID);
        var posts = dsl.insertInto(POST, POST_USER_ID, POST_TITLE);
        var tags = dsl.insertInto(TAG, TAG_TAG);
        List<Shapes.TreePost> postList = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            Shapes.Tree t = trees.get(i);
            profiles = profiles.values(t.picture(), userIds.get(i));
            for (Shapes.TreePost p : t.posts()) {
                posts = posts.values(userIds.get(i), p.title());
                postList.add(p);
                for (String tag : p.tags()) {
                    tags = tags.values(tag);
                }
            }
        }
        var tagInsert = tags;
        return Mono.from(profiles)
                .then(Flux.from(posts.returningResult(POST_ID)).map(r -> r.value1()).collectList())
                .zipWhen(postIds -> Flux.from(tagInsert.returningResult(TAG_ID)).map(r -> r.value1()).collectList())
                .flatMap(keys -> {
                    var links = dsl.insertInto(POST_TAG, POST_TAG_POST_ID, POST_TAG_TAG_ID);
                    int tag = 0;
                    for (int p = 0; p < postList.size(); p++) {
                        for (int k = 0; k < postList.get(p).tags().size(); k++) {
                            links = links.values(keys.getT1().get(p), keys.getT2().get(tag++));
                        }
                    }
                    return Mono.from(links);
                })
                .then();
    }

    @Override
    public Flux<Shapes.GraphUser> loadGraph(int[] ids) {
        return Flux.from(ctx.select(USER_ID, USER_NAME, USER_EMAIL, PROFILE_ID, PROFILE_PICTURE, postsOfUser)
                        .from(USER).leftJoin(PROFILE).on(PROFILE_USER_ID.eq(USER_ID))
                        .where(USER_ID.in(Arrays.stream(ids).boxed().toList())))
                .map(JooqPeer::graphUser);
    }

    private static Shapes.GraphUser graphUser(Record6<Integer, String, String, Integer, String,
            List<Shapes.GraphPost>> r) {
        return new Shapes.GraphUser(r.value1(), r.value2(), r.value3(),
                r.value4() == null ? null : new Shapes.GraphProfile(r.value4(), r.value5()), r.value6());
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
