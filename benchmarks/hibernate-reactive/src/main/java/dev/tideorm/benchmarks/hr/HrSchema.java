package dev.tideorm.benchmarks.hr;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PoolOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * Creates the benchmark schema (the tables of TideORM's example blog entities: {@code "user"}, {@code profile},
 * {@code post}, {@code tag}, {@code post_tag}) and seeds it with {@code generate_series} SQL through one Vert.x
 * PostgreSQL connection of its own, in a single round trip.
 *
 * <p>Seed: users 1..{@code users}; the first {@code graphUsers} of them each have a profile, 3 posts and 2 tags
 * per post (tags are not shared). The serial sequences then continue after the seeded ids and step by
 * {@value HrSessionFactory#BATCH_SIZE}, the allocation size the entities declare.
 *
 * @param schema     schema name, dropped and recreated
 * @param users      number of seeded users
 * @param graphUsers number of seeded users with a full graph (at most {@code users})
 */
public record HrSchema(String schema, int users, int graphUsers) {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    /** Checks the arguments. */
    public HrSchema {
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema must be a plain lower-case identifier: " + schema);
        }
        if (users < 1 || graphUsers < 0 || graphUsers > users) {
            throw new IllegalArgumentException("need 0 <= graphUsers <= users, 1 <= users");
        }
    }

    /**
     * Drops and recreates the schema with its seed. The stage completes when the data is committed and the
     * connection closed; the Vert.x instance of the seed connection is closed after that, without waiting (a
     * callback on a closing Vert.x context would never run).
     */
    public CompletionStage<Void> recreate(PgTarget target) {
        Vertx vertx = Vertx.vertx();
        PgConnectOptions connect = new PgConnectOptions()
                .setHost(target.host()).setPort(target.port()).setDatabase(target.database())
                .setUser(target.user()).setPassword(target.password());
        PgPool pool = PgPool.pool(vertx, connect, new PoolOptions().setMaxSize(1));
        CompletableFuture<Void> done = new CompletableFuture<>();
        pool.query(sql()).execute().onComplete(seeded -> pool.close().onComplete(closed -> {
            if (seeded.succeeded()) {
                done.complete(null);
            } else {
                done.completeExceptionally(seeded.cause());
            }
            vertx.close();
        }));
        return done;
    }

    /** The whole script: DDL, seed, sequence reset, ANALYZE; one transaction for the data. */
    String sql() {
        String s = schema;
        int step = HrSessionFactory.BATCH_SIZE;
        return String.join("\n",
                "DROP SCHEMA IF EXISTS " + s + " CASCADE;",
                "CREATE SCHEMA " + s + ";",
                "CREATE TABLE " + s + ".\"user\" (id serial PRIMARY KEY, name text NOT NULL, email text NOT NULL UNIQUE);",
                "CREATE TABLE " + s + ".profile (id serial PRIMARY KEY, picture text NOT NULL,"
                        + " user_id integer NOT NULL UNIQUE REFERENCES " + s + ".\"user\"(id));",
                "CREATE TABLE " + s + ".post (id serial PRIMARY KEY,"
                        + " user_id integer NOT NULL REFERENCES " + s + ".\"user\"(id), title text NOT NULL);",
                "CREATE INDEX ON " + s + ".post (user_id);",
                "CREATE TABLE " + s + ".tag (id serial PRIMARY KEY, tag text NOT NULL);",
                "CREATE TABLE " + s + ".post_tag ("
                        + " post_id integer NOT NULL REFERENCES " + s + ".post(id) ON DELETE CASCADE,"
                        + " tag_id integer NOT NULL REFERENCES " + s + ".tag(id) ON DELETE CASCADE,"
                        + " PRIMARY KEY (post_id, tag_id));",
                "BEGIN;",
                "INSERT INTO " + s + ".\"user\" (id, name, email)"
                        + " SELECT g, 'user ' || g, 'user' || g || '@example.org' FROM generate_series(1, " + users + ") g;",
                "INSERT INTO " + s + ".profile (id, picture, user_id)"
                        + " SELECT g, 'pic' || g || '.png', g FROM generate_series(1, " + graphUsers + ") g;",
                "INSERT INTO " + s + ".post (id, user_id, title)"
                        + " SELECT (u - 1) * 3 + k, u, 'post ' || k || ' of ' || u"
                        + " FROM generate_series(1, " + graphUsers + ") u, generate_series(1, 3) k;",
                "INSERT INTO " + s + ".tag (id, tag)"
                        + " SELECT g, 'tag ' || g FROM generate_series(1, " + graphUsers * 6 + ") g;",
                "INSERT INTO " + s + ".post_tag (post_id, tag_id)"
                        + " SELECT p, (p - 1) * 2 + k FROM generate_series(1, " + graphUsers * 3 + ") p, generate_series(1, 2) k;",
                "COMMIT;",
                sequence("user", users, step),
                sequence("profile", graphUsers, step),
                sequence("post", graphUsers * 3, step),
                sequence("tag", graphUsers * 6, step),
                "ANALYZE " + s + ".\"user\", " + s + ".profile, " + s + ".post, " + s + ".tag, " + s + ".post_tag;");
    }

    private String sequence(String table, int lastId, int step) {
        String seq = schema + "." + table + "_id_seq";
        return "ALTER SEQUENCE " + seq + " INCREMENT BY " + step + ";"
                + " SELECT setval('" + seq + "', " + Math.max(lastId, 1) + ");";
    }
}
