package dev.tideorm.examples.quickstart;

import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.examples.blog.entity.Post;
import dev.tideorm.examples.blog.entity.PostActiveModel;
import dev.tideorm.examples.blog.entity.Post_;
import dev.tideorm.examples.blog.entity.User;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import dev.tideorm.examples.blog.entity.User_;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DatabaseOptions;
import dev.tideorm.r2dbc.StatementEvent;
import dev.tideorm.schema.SchemaSync;
import dev.tideorm.schema.SyncReport;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The quickstart: connect to embedded H2 (or the R2DBC URL given as the first argument), let the schema follow
 * the blog entities, then insert, query, update, stream, paginate and delete, printing every statement that
 * runs. {@code block()} is used here, in a {@code main} method, to print results in order; library code never
 * blocks.
 */
public final class Quickstart {
    /** The default database: an in-memory H2 database that lives as long as the JVM. */
    public static final String DEFAULT_URL = "r2dbc:h2:mem:///quickstart;DB_CLOSE_DELAY=-1";

    private Quickstart() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : DEFAULT_URL;
        Summary summary = run(DatabaseOptions.builder(url), System.out);
        System.out.println();
        System.out.println("Done: " + summary);
    }

    /** What a run did, for the smoke test. */
    public record Summary(int tablesCreated, long users, long posts, String renamedTo, int statements) {
    }

    /** Runs the whole tour against the database of {@code options}, printing to {@code out}. */
    public static Summary run(DatabaseOptions.Builder options, PrintStream out) {
        int[] statements = {0};
        Consumer<StatementEvent> log = e -> {
            statements[0]++;
            out.println("    SQL> " + e.sql() + (e.outcome() == StatementEvent.Outcome.SUCCESS ? "" : "   -- " + e.outcome()));
        };
        Database db = Database.connect(options.listener(log::accept).build()).block();
        try {
            return tour(db, out, statements);
        } finally {
            db.close().block();
        }
    }

    private static Summary tour(Database db, PrintStream out, int[] statements) {
        step(out, "1. Schema sync: the tables follow the entities in dev.tideorm.examples.blog.entity");
        SyncReport report = SchemaSync.registry(db, "dev.tideorm.examples.blog.entity").sync().block();
        int created = (int) report.statements().stream().filter(s -> s.startsWith("CREATE TABLE")).count();
        out.println("    " + report.statements().size() + " DDL statements, " + created + " tables created");

        step(out, "2. Insert a user: only the Set columns are sent, the generated key comes back");
        User bob = UserActiveModel.builder().setName("Bob").setEmail("bob@example.org").insert(db).block();
        out.println("    -> " + bob.id() + " " + bob.name() + " <" + bob.email() + ">");

        step(out, "3. Insert three posts in one transaction");
        List<String> titles = List.of("Nice weather", "Rainy day", "Sunny again");
        db.transaction(tx -> Flux.fromIterable(titles)
                        .concatMap(t -> PostActiveModel.builder().setUserId(bob.id()).setTitle(t).insert(tx)))
                .blockLast();

        step(out, "4. Query with typed conditions");
        List<Post> sunny = Post_.find().filter(Post_.USER_ID.eq(bob.id()).and(Post_.TITLE.like("%n%")))
                .orderBy(Post_.ID.asc()).all(db).block();
        sunny.forEach(p -> out.println("    -> post " + p.id() + ": " + p.title()));

        step(out, "5. Update: load, change one field, save (UPDATE writes only that column)");
        UserActiveModel am = UserActiveModel.from(User_.findByEmail("bob@example.org").one(db).block());
        am.setName("Robert");
        am.save(db).block();
        String renamed = User_.findById(bob.id()).one(db).map(User::name).block();
        out.println("    -> name is now " + renamed);

        step(out, "6. A unique violation is a typed error, and nothing is left behind");
        String outcome = UserActiveModel.builder().setName("Bobby").setEmail("bob@example.org").insert(db)
                .map(u -> "inserted?!")
                .onErrorResume(UniqueViolationException.class,
                        e -> Mono.just("UniqueViolationException on " + e.table() + " / " + e.constraint()))
                .block();
        out.println("    -> " + outcome);

        step(out, "7. Stream rows with back-pressure, and paginate");
        Post_.find().orderBy(Post_.ID.asc()).stream(db).limitRate(2)
                .doOnNext(p -> out.println("    -> streamed post " + p.id()))
                .blockLast();
        List<Post> page1 = Post_.find().orderBy(Post_.ID.asc()).paginate(db, 2).fetchPage(1).block();
        out.println("    -> page 1 (size 2) holds " + page1.size() + " post(s): " + page1.get(0).title());

        step(out, "8. Delete by condition, then count");
        long deleted = Post_.deleteMany().filter(Post_.TITLE.eq("Rainy day")).exec(db).block();
        long posts = Post_.find().count(db).block();
        long users = User_.find().count(db).block();
        out.println("    -> deleted " + deleted + "; " + users + " user(s), " + posts + " post(s) left");

        return new Summary(created, users, posts, renamed, statements[0]);
    }

    private static void step(PrintStream out, String title) {
        out.println();
        out.println(title);
    }
}
