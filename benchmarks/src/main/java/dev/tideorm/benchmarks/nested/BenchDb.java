package dev.tideorm.benchmarks.nested;

import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DatabaseOptions;
import dev.tideorm.schema.SchemaSync;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The benchmark database: one {@link ConnectionPool} shared by TideORM ({@code Database.wrap(pool, options)}, with
 * a {@link StatementTally} listening) and the hand-written R2DBC variants ({@link #raw()}), on a fresh PostgreSQL
 * schema or a fresh in-memory H2 database holding the blog tables (made by {@link SchemaSync} from the example
 * entities). The blocking methods here are harness set-up and checks, never part of a measured operation.
 *
 * <p>PostgreSQL is found at the system property {@code url}, else the environment variable {@code TIDE_PG_URL},
 * else {@code r2dbc:postgresql://postgres@127.0.0.1:5432/test}.
 */
public final class BenchDb implements AutoCloseable {
    /** The blog tables the benchmarks write and read, children first. */
    public static final List<String> TABLES = List.of("post_tag", "profile", "post", "tag", "user");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final AtomicInteger H2_DATABASES = new AtomicInteger();

    /** Which database. */
    public enum Backend {
        POSTGRES, H2;

        /** {@code postgres} or {@code h2} (a JMH parameter value). */
        public static Backend of(String name) {
            return valueOf(name.equals("postgres") ? "POSTGRES" : name.toUpperCase(Locale.ROOT));
        }
    }

    private final Backend backend;
    private final ConnectionPool pool;
    private final StatementTally tally = new StatementTally();
    private final Database db;
    private final RawSql raw;

    private BenchDb(Backend backend, ConnectionPool pool) {
        this.backend = backend;
        this.pool = pool;
        this.db = Database.wrap(pool, DatabaseOptions.builder().listener(tally).build());
        this.raw = new RawSql(pool, tally);
    }

    /** The PostgreSQL R2DBC URL the benchmarks use. */
    public static String postgresUrl() {
        String env = System.getenv("TIDE_PG_URL");
        return System.getProperty("url", env == null || env.isBlank()
                ? "r2dbc:postgresql://postgres@127.0.0.1:5432/test" : env);
    }

    /**
     * Opens a pool of {@code poolSize} on a fresh {@code schema} (PostgreSQL: dropped and created again; H2: a new
     * in-memory database of that name) and creates the blog tables in it.
     */
    public static BenchDb open(Backend backend, String schema, int poolSize) {
        ConnectionFactory factory;
        if (backend == Backend.POSTGRES) {
            String url = postgresUrl();
            recreateSchema(url, schema);
            factory = ConnectionFactories.get(url + (url.contains("?") ? "&" : "?") + "schema=" + schema);
        } else {
            factory = ConnectionFactories.get("r2dbc:h2:mem:///" + schema + "_" + H2_DATABASES.incrementAndGet()
                    + ";DB_CLOSE_DELAY=-1");
        }
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
                .initialSize(poolSize).maxSize(poolSize).maxAcquireTime(Duration.ofSeconds(30)).build());
        pool.warmup().block(TIMEOUT);
        BenchDb b = new BenchDb(backend, pool);
        SchemaSync.registry(b.db, "dev.tideorm.examples.blog.entity").sync().block(TIMEOUT);
        return b;
    }

    public Backend backend() {
        return backend;
    }

    /** TideORM on the shared pool, its statements counted by {@link #tally()}. */
    public Database db() {
        return db;
    }

    /** Hand-written R2DBC on the shared pool, its statements counted by {@link #tally()}. */
    public RawSql raw() {
        return raw;
    }

    /** The pool TideORM and the raw variants share. */
    public ConnectionPool pool() {
        return pool;
    }

    public StatementTally tally() {
        return tally;
    }

    /** Empties the blog tables and restarts their keys at 1. Not counted. */
    public void truncate() {
        if (backend == Backend.POSTGRES) {
            exec("TRUNCATE " + String.join(", ", TABLES.stream().map(t -> "\"" + t + "\"").toList())
                    + " RESTART IDENTITY CASCADE");
        } else {
            exec("SET REFERENTIAL_INTEGRITY FALSE");
            for (String t : TABLES) {
                exec("TRUNCATE TABLE \"" + t + "\" RESTART IDENTITY");
            }
            exec("SET REFERENTIAL_INTEGRITY TRUE");
        }
    }

    /** Runs one SQL statement on a pooled connection, bypassing the tally. */
    public void exec(String sql) {
        Mono.usingWhen(pool.create(),
                c -> Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.getRowsUpdated()).then(),
                Connection::close).block(TIMEOUT);
    }

    /** The rows of a query as maps with lower-case column names, bypassing the tally. */
    public List<Map<String, Object>> rows(String sql) {
        return Mono.usingWhen(pool.create(),
                c -> Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.map((row, md) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < md.getColumnMetadatas().size(); i++) {
                        Object v = row.get(i);
                        m.put(md.getColumnMetadatas().get(i).getName().toLowerCase(Locale.ROOT),
                                v instanceof Long l && l <= Integer.MAX_VALUE ? (Object) l.intValue() : v);
                    }
                    return m;
                })).collectList(),
                Connection::close).block(TIMEOUT);
    }

    @Override
    public void close() {
        if (backend == Backend.H2) {
            exec("SHUTDOWN");
        }
        pool.dispose();
    }

    private static void recreateSchema(String url, String schema) {
        Mono.usingWhen(Mono.from(ConnectionFactories.get(url).create()),
                c -> Flux.from(c.createStatement("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE").execute())
                        .flatMap(r -> r.getRowsUpdated())
                        .thenMany(Flux.from(c.createStatement("CREATE SCHEMA \"" + schema + "\"").execute()))
                        .flatMap(r -> r.getRowsUpdated()).then(),
                Connection::close).block(TIMEOUT);
    }
}
