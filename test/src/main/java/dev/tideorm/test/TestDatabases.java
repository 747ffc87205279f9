package dev.tideorm.test;

import dev.tideorm.r2dbc.internal.Urls;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Supplies the test databases of {@link DbTest}: PostgreSQL and H2, each as a {@link TestDb} named for the
 * display name. Every test class gets its own: a fresh schema {@code t_<class>_<random>} on PostgreSQL (used as
 * the connection's search path through r2dbc-postgresql's {@code schema} option, dropped after the class) and
 * a fresh in-memory H2 database {@code t_<class>_<random>} (shut down after the class).
 *
 * <p>PostgreSQL is looked for once per JVM, in this order:
 * <ol>
 *   <li>the {@code TIDE_PG_URL} environment variable (an R2DBC URL);</li>
 *   <li>a server on {@code 127.0.0.1:5432}, user {@code postgres}, database {@code test} (probed with a short TCP
 *       connect, then an R2DBC {@code SELECT 1});</li>
 *   <li>a Testcontainers {@code postgres:15-alpine} container, when a Docker engine is available.</li>
 * </ol>
 * When none answers, the PostgreSQL invocations are skipped with a loud message, unless
 * {@code TIDE_REQUIRE_PG=1}: then they fail.
 *
 * <p>Only the databases whose R2DBC driver is on the class path are offered (TideORM's drivers are optional; a
 * build with only r2dbc-h2 and h2 gets H2 alone, whatever {@code TIDE_REQUIRE_PG} says); see {@link TestDrivers}.
 *
 * <p>The system property {@code tide.databases} (a comma-separated list of {@code postgres} and {@code h2}) keeps
 * only those backends, e.g. {@code -Dtide.databases=postgres} for the BlockHound run, where H2 (which runs on the
 * caller's thread) proves nothing. Unset, both run.
 *
 * <p>Also sets {@code StepVerifier}'s default timeout to 10 s, so no test can hang the build.
 */
public final class TestDatabases implements ArgumentsProvider {
    private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);
    private static final String LOCAL_URL = "r2dbc:postgresql://postgres@127.0.0.1:5432/test";
    private static final Object STORE_KEY = TestDatabases.class;

    static {
        StepVerifier.setDefaultTimeout(Duration.ofSeconds(10));
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        ClassDatabases dbs = classContext.getStore(ExtensionContext.Namespace.create(TestDatabases.class))
                .computeIfAbsent(STORE_KEY, k -> new ClassDatabases(classContext.getRequiredTestClass()),
                        ClassDatabases.class);
        return dbs.all().stream().map(db -> Arguments.of(Named.of(db.name(), db)));
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    /** Whether the {@code tide.databases} system property (unset: all) selects {@code kind}. */
    public static boolean selected(TestDb.Kind kind) {
        String only = System.getProperty("tide.databases", "").trim();
        if (only.isEmpty()) {
            return true;
        }
        String name = kind == TestDb.Kind.POSTGRES ? "postgres" : "h2";
        for (String s : only.split(",")) {
            if (s.trim().toLowerCase(Locale.ROOT).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code TIDE_REQUIRE_PG=1}. */
    static boolean postgresRequired() {
        return "1".equals(System.getenv("TIDE_REQUIRE_PG"));
    }

    /**
     * The databases {@link DbTest} would give {@code testClass} (the selected ones, PostgreSQL first), for tests
     * that JUnit Jupiter does not run (jqwik properties); the caller closes them after the class.
     */
    public static ClassDatabases open(Class<?> testClass) {
        return new ClassDatabases(testClass);
    }

    /** The databases of one test class; closed by JUnit with the class's extension store. */
    public static final class ClassDatabases implements AutoCloseable {
        private final List<TestDb> dbs = new ArrayList<>();

        ClassDatabases(Class<?> testClass) {
            String base = "t_" + testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            String name = (base.length() > 50 ? base.substring(0, 50) : base) + "_" + suffix;
            List<TestDb.Kind> wanted = new ArrayList<>();
            for (TestDb.Kind kind : TestDb.Kind.values()) {
                if (!selected(kind)) {
                    continue;
                }
                wanted.add(kind);
                if (!TestDrivers.present(kind)) {
                    LOG.info("{}: no {} test database, its driver ({}) is not on the class path",
                            testClass.getSimpleName(), kind, TestDrivers.artifacts(kind));
                } else if (kind == TestDb.Kind.POSTGRES) {
                    dbs.add(postgres(name));
                } else {
                    dbs.add(h2(name));
                }
            }
            if (dbs.isEmpty() && !wanted.isEmpty()) {
                throw new IllegalStateException(TestDrivers.noneMessage(wanted));
            }
        }

        /** The databases, PostgreSQL first. */
        public List<TestDb> all() {
            return dbs;
        }

        /** A fresh in-memory H2 database {@code name}. */
        private static TestDb h2(String name) {
            return TestDb.available(TestDb.Kind.H2, "H2", "r2dbc:h2:mem:///" + name + ";DB_CLOSE_DELAY=-1",
                    Map.of(), null);
        }

        private static TestDb postgres(String schema) {
            Postgres.Found pg = Postgres.find();
            if (pg.url() == null) {
                return TestDb.unavailable(TestDb.Kind.POSTGRES, "PostgreSQL", pg.description(), postgresRequired());
            }
            String url = pg.url();
            exec(url, "CREATE SCHEMA \"" + schema + "\"");
            Runnable drop = () -> exec(url, "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
            return TestDb.available(TestDb.Kind.POSTGRES, "PostgreSQL", url, Map.of("schema", schema), drop);
        }

        @Override
        public void close() {
            for (TestDb db : dbs) {
                try {
                    db.shutdown();
                } catch (RuntimeException e) {
                    LOG.warn("closing test database {} failed", db, e);
                }
            }
        }
    }

    /** Runs one statement on a fresh connection to {@code url}. */
    static void exec(String url, String sql) {
        Mono.usingWhen(Mono.from(ConnectionFactories.get(url).create()),
                        c -> Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.getRowsUpdated()).then(),
                        Connection::close)
                .block(Duration.ofSeconds(30));
    }

    /** Finds PostgreSQL once per JVM. */
    static final class Postgres {
        /** The server found ({@code url} null when none), and how it was found or why not. */
        record Found(@Nullable String url, String description) {
        }

        private static @Nullable Found found;

        static synchronized Found find() {
            if (found == null) {
                found = search();
                if (found.url() == null) {
                    String banner = "\n" + "!".repeat(100) + "\n!!! PostgreSQL NOT AVAILABLE: " + found.description()
                            + "\n!!! PostgreSQL tests are " + (postgresRequired() ? "FAILING (TIDE_REQUIRE_PG=1)"
                            : "SKIPPED; set TIDE_PG_URL or start PostgreSQL on 127.0.0.1:5432 (user postgres, "
                            + "database test)") + "\n" + "!".repeat(100);
                    System.err.println(banner);
                    LOG.warn(banner);
                } else {
                    LOG.info("PostgreSQL for tests: {}", found.description());
                }
            }
            return found;
        }

        private static Found search() {
            String env = System.getenv("TIDE_PG_URL");
            if (env != null && !env.isBlank()) {
                String problem = probe(env);
                return problem == null ? new Found(env, "TIDE_PG_URL=" + Urls.mask(env))
                        : new Found(null, "TIDE_PG_URL=" + Urls.mask(env) + " does not answer: " + problem);
            }
            String local = null;
            if (tcpOpen("127.0.0.1", 5432)) {
                local = probe(LOCAL_URL);
                if (local == null) {
                    return new Found(LOCAL_URL, "local server " + LOCAL_URL);
                }
            }
            try {
                return Containers.start();
            } catch (Throwable e) {
                return new Found(null, "TIDE_PG_URL is not set; "
                        + (local == null ? "nothing listens on 127.0.0.1:5432" : LOCAL_URL + " fails: " + local)
                        + "; Testcontainers: " + e.getMessage());
            }
        }

        private static boolean tcpOpen(String host, int port) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        /** Null when {@code SELECT 1} works on {@code url}, else what went wrong. */
        private static @Nullable String probe(String url) {
            try {
                Mono.usingWhen(Mono.from(ConnectionFactories.get(url).create()),
                                c -> Flux.from(c.createStatement("SELECT 1").execute())
                                        .concatMap(r -> r.map((row, md) -> row.get(0))).then(),
                                Connection::close)
                        .block(Duration.ofSeconds(10));
                return null;
            } catch (RuntimeException e) {
                return e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
    }

    /** The Testcontainers path, in its own class so that its absence or failure stays contained. */
    static final class Containers {
        static Postgres.Found start() {
            if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
                throw new IllegalStateException("no Docker engine available");
            }
            org.testcontainers.postgresql.PostgreSQLContainer c =
                    new org.testcontainers.postgresql.PostgreSQLContainer("postgres:15-alpine");
            c.start();    // stopped by Testcontainers' reaper when the JVM exits
            String url = "r2dbc:postgresql://" + c.getUsername() + ":" + c.getPassword() + "@" + c.getHost() + ":"
                    + c.getMappedPort(5432) + "/" + c.getDatabaseName();
            return new Postgres.Found(url, "Testcontainers " + c.getDockerImageName());
        }
    }
}
