package dev.tideorm.benchmarks.peers;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import dev.tideorm.benchmarks.peers.SpringDataTables.SdPost;
import dev.tideorm.benchmarks.peers.SpringDataTables.SdPostTag;
import dev.tideorm.benchmarks.peers.SpringDataTables.SdProfile;
import dev.tideorm.benchmarks.peers.SpringDataTables.SdTag;
import dev.tideorm.benchmarks.peers.SpringDataTables.SdUser;
import io.r2dbc.pool.ConnectionPool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.r2dbc.convert.MappingR2dbcConverter;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.r2dbc.dialect.PostgresDialect;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Spring Data R2DBC 4.1 through {@link R2dbcEntityTemplate} with its own {@code @Table} records
 * ({@link SpringDataTables}) and {@link TransactionalOperator} over {@link R2dbcTransactionManager}.
 *
 * <p>What Spring Data R2DBC does not have, done by hand as its reference documentation suggests: no bulk insert
 * (one {@code template.insert} per row in a transaction, which is also what a repository's {@code saveAll}
 * does); no nested save (each row inserted with the template, generated keys threaded by hand, the junction rows
 * with {@link DatabaseClient}); no relation loading (5 queries with {@code where(...).in(...)} and assembly by
 * hand into {@link Shapes.GraphUser}).
 */
public final class SpringDataPeer implements Peer {
    private final ConnectionPool pool;
    private final R2dbcEntityTemplate template;
    private final DatabaseClient client;
    private final TransactionalOperator tx;

    /** A peer over {@code pool}, which it closes on {@link #close()}. */
    public SpringDataPeer(ConnectionPool pool) {
        this.pool = pool;
        this.client = DatabaseClient.create(pool);
        MappingR2dbcConverter converter = new MappingR2dbcConverter(R2dbcMappingContext.forQuotedIdentifiers(),
                R2dbcCustomConversions.of(PostgresDialect.INSTANCE));
        this.template = new R2dbcEntityTemplate(client, PostgresDialect.INSTANCE, converter);
        this.tx = TransactionalOperator.create(new R2dbcTransactionManager(pool));
    }

    @Override
    public Mono<SdUser> findById(int id) {
        return template.selectOne(query(where("id").is(id)), SdUser.class);
    }

    @Override
    public Flux<SdUser> findByIds(int[] ids) {
        return Flux.fromArray(Arrays.stream(ids).boxed().toArray(Integer[]::new))
                .flatMap(this::findById, PeerData.CONCURRENT);
    }

    @Override
    public Mono<Integer> insertOne(Shapes.NewUser user) {
        return template.insert(new SdUser(null, user.name(), user.email())).map(SdUser::id);
    }

    @Override
    public Flux<Integer> insertMany(List<Shapes.NewUser> users) {
        return Flux.fromIterable(users)
                .concatMap(u -> template.insert(new SdUser(null, u.name(), u.email())))
                .map(SdUser::id)
                .as(tx::transactional);
    }

    @Override
    public Flux<SdUser> stream(int upTo) {
        return template.select(SdUser.class).matching(query(where("id").lessThanOrEquals(upTo))).all();
    }

    @Override
    public Flux<Integer> saveTrees(List<Shapes.Tree> trees) {
        return Flux.fromIterable(trees).concatMap(this::saveTree).as(tx::transactional);
    }

    private Mono<Integer> saveTree(Shapes.Tree tree) {
        return template.insert(new SdUser(null, tree.name(), tree.email())).flatMap(user ->
                template.insert(new SdProfile(null, tree.picture(), user.id()))
                        .thenMany(Flux.fromIterable(tree.posts()).concatMap(p ->
                                template.insert(new SdPost(null, user.id(), p.title())).flatMapMany(post ->
                                        Flux.fromIterable(p.tags()).concatMap(t ->
                                                template.insert(new SdTag(null, t)).flatMap(tag -> client
                                                        .sql("INSERT INTO post_tag (post_id, tag_id)"
                                                                + " VALUES (:post, :tag)")
                                                        .bind("post", post.id()).bind("tag", tag.id())
                                                        .fetch().rowsUpdated())))))
                        .then(Mono.just(user.id())));
    }

    @Override
    public Flux<Shapes.GraphUser> loadGraph(int[] ids) {
        List<Integer> userIds = Arrays.stream(ids).boxed().toList();
        return template.select(query(where("id").in(userIds)), SdUser.class).collectList()
                .zipWith(template.select(query(where("userId").in(userIds)), SdProfile.class).collectList())
                .flatMapMany(up -> template.select(query(where("userId").in(userIds)), SdPost.class).collectList()
                        .flatMapMany(posts -> {
                            List<Integer> postIds = posts.stream().map(SdPost::id).toList();
                            return template.select(query(where("postId").in(postIds)), SdPostTag.class).collectList()
                                    .flatMapMany(links -> template.select(query(where("id").in(links.stream()
                                                    .map(SdPostTag::tagId).distinct().toList())), SdTag.class)
                                            .collectList()
                                            .flatMapIterable(tags -> assemble(up.getT1(), up.getT2(), posts, links,
                                                    tags)));
                        }));
    }

    private static List<Shapes.GraphUser> assemble(List<SdUser> users, List<SdProfile> profiles, List<SdPost> posts,
                                                   List<SdPostTag> links, List<SdTag> tags) {
        Map<Integer, SdTag> tagById = new HashMap<>();
        tags.forEach(t -> tagById.put(t.id(), t));
        Map<Integer, List<Shapes.GraphTag>> tagsOf = new HashMap<>();
        for (SdPostTag l : links) {
            SdTag t = tagById.get(l.tagId());
            tagsOf.computeIfAbsent(l.postId(), k -> new ArrayList<>(2)).add(new Shapes.GraphTag(t.id(), t.tag()));
        }
        Map<Integer, List<Shapes.GraphPost>> postsOf = new HashMap<>();
        for (SdPost p : posts) {
            postsOf.computeIfAbsent(p.userId(), k -> new ArrayList<>(3))
                    .add(new Shapes.GraphPost(p.id(), p.title(), tagsOf.getOrDefault(p.id(), List.of())));
        }
        Map<Integer, Shapes.GraphProfile> profileOf = new HashMap<>();
        profiles.forEach(p -> profileOf.put(p.userId(), new Shapes.GraphProfile(p.id(), p.picture())));
        List<Shapes.GraphUser> out = new ArrayList<>(users.size());
        for (SdUser u : users) {
            out.add(new Shapes.GraphUser(u.id(), u.name(), u.email(), profileOf.get(u.id()),
                    postsOf.getOrDefault(u.id(), List.of())));
        }
        return out;
    }

    @Override
    public Shapes.UserRow user(Object user) {
        SdUser u = (SdUser) user;
        return new Shapes.UserRow(u.id(), u.name(), u.email());
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
