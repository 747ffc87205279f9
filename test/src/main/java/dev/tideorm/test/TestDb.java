package dev.tideorm.test;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DatabaseOptions;
import dev.tideorm.r2dbc.PoolStats;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.opentest4j.TestAbortedException;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One test database for one test class: a connected {@link Database} recording its statements, plus a raw
 * R2DBC connection that bypasses TideORM, for fixtures ({@link #exec}) and for checking state through a
 * separate channel ({@link #countRows}, {@link #rows}). Made by {@link TestDatabases}; closed after the class.
 *
 * <p>A PostgreSQL handle that stands for a missing server aborts (skips) the test on first use, or fails
 * it when {@code TIDE_REQUIRE_PG=1}.
 */
public final class TestDb {
    private static final Duration BLOCK = Duration.ofSeconds(30);

    /** The kind of database. Prefer capabilities ({@code dialect().supportsReturning()}) in tests. */
    public enum Kind { POSTGRES, H2 }

    private final Kind kind;
    private final String name;
    private final @Nullable String url;
    private final Map<String, Object> driverOptions;
    private final @Nullable String unavailable;
    private final boolean required;
    private final @Nullable Runnable onClose;
    private final StatementRecorder recorder = new StatementRecorder();
    private final List<Database> extra = new ArrayList<>();
    private @Nullable Database db;
    private @Nullable Connection raw;

    private TestDb(Kind kind, String name, @Nullable String url, Map<String, Object> driverOptions,
                   @Nullable String unavailable, boolean required, @Nullable Runnable onClose) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.driverOptions = Map.copyOf(driverOptions);
        this.unavailable = unavailable;
        this.required = required;
        this.onClose = onClose;
    }

    /** A database reached at {@code url} with {@code driverOptions}; {@code onClose} runs after it is closed. */
    static TestDb available(Kind kind, String name, String url, Map<String, Object> driverOptions,
                            @Nullable Runnable onClose) {
        return new TestDb(kind, name, url, driverOptions, null, false, onClose);
    }

    /** A stand-in for a database that is not there: skips (or, when {@code required}, fails) on use. */
    static TestDb unavailable(Kind kind, String name, String reason, boolean required) {
        return new TestDb(kind, name, null, Map.of(), reason, required, null);
    }

    // ---- what tests use ----

    /** The display name: {@code PostgreSQL} or {@code H2}. */
    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** The connected database (pool of 5, statements recorded in {@link #statements()}). */
    public synchronized Database db() {
        requireAvailable();
        if (db == null) {
            db = Database.connect(options().listener(recorder).build()).block(BLOCK);
        }
        return Objects.requireNonNull(db);
    }

    /** Same as {@link #db()}. */
    public Database conn() {
        return db();
    }

    /** The dialect of {@link #db()}. */
    public Dialect dialect() {
        return db().dialect();
    }

    /** The statements {@link #db()} executed. */
    public StatementRecorder statements() {
        requireAvailable();
        return recorder;
    }

    /** The R2DBC URL (without the per-class schema, which is a driver option; see {@link #options()}). */
    public String url() {
        requireAvailable();
        return Objects.requireNonNull(url);
    }

    /**
     * Options reaching this class's database (schema included), pool of 5 with a generous acquire timeout; add
     * listeners or change sizes and {@link #connect(Consumer)} a second {@code Database}.
     */
    public DatabaseOptions.Builder options() {
        requireAvailable();
        DatabaseOptions.Builder b = DatabaseOptions.builder(Objects.requireNonNull(url))
                .maxSize(5).acquireTimeout(Duration.ofSeconds(20));
        driverOptions.forEach(b::option);
        return b;
    }

    /** Another {@code Database} on this class's database, closed with it. */
    public Database connect(Consumer<DatabaseOptions.Builder> customize) {
        DatabaseOptions.Builder b = options();
        customize.accept(b);
        Database other = Database.connect(b.build()).block(BLOCK);
        synchronized (this) {
            extra.add(Objects.requireNonNull(other));
        }
        return other;
    }

    /** Runs SQL statements in order on the raw connection (not through TideORM, not recorded). */
    public void exec(String... sql) {
        Connection c = raw();
        for (String s : sql) {
            Flux.from(c.createStatement(s).execute()).concatMap(r -> r.getRowsUpdated()).then().block(BLOCK);
        }
    }

    /** The number of rows in {@code table} (an unquoted name is quoted), read on the raw connection. */
    public long countRows(String table) {
        String t = table.startsWith("\"") ? table : '"' + table + '"';
        List<Long> n = query("SELECT COUNT(*) FROM " + t, (row, md) -> ((Number) row.get(0)).longValue());
        return n.get(0);
    }

    /** The rows of a query on the raw connection, as maps keyed by lower-case column label. */
    public List<Map<String, Object>> rows(String sql) {
        return query(sql, (row, md) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < md.getColumnMetadatas().size(); i++) {
                m.put(md.getColumnMetadatas().get(i).getName().toLowerCase(Locale.ROOT), row.get(i));
            }
            return m;
        });
    }

    /** The rows of a query on the raw connection, mapped by {@code mapper}. */
    public <T> List<T> query(String sql, BiFunction<Row, RowMetadata, T> mapper) {
        Connection c = raw();
        return Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.map(mapper)).collectList().block(BLOCK);
    }

    /** Runs {@code work} on the raw R2DBC connection (no TideORM in between) and collects what it emits. */
    public <T> List<T> withRawConnection(Function<Connection, ? extends Publisher<T>> work) {
        Connection c = raw();
        return Flux.from(work.apply(c)).collectList().block(BLOCK);
    }

    /** The pool counters of {@link #db()}. */
    public PoolStats poolStats() {
        return db().poolStats();
    }

    /** Waits (up to 10 s) until {@link #db()} has no connection lent out, and returns the counters then. */
    public PoolStats awaitNoAcquired() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        PoolStats s = poolStats();
        while (s.acquired() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            s = poolStats();
        }
        return s;
    }

    // ---- lifecycle ----

    private synchronized Connection raw() {
        requireAvailable();
        if (raw == null) {
            ConnectionFactoryOptions.Builder b = ConnectionFactoryOptions.parse(Objects.requireNonNull(url)).mutate();
            driverOptions.forEach((k, v) -> b.option(Option.valueOf(k), v));
            raw = Mono.from(ConnectionFactories.get(b.build()).create()).block(BLOCK);
        }
        return Objects.requireNonNull(raw);
    }

    private void requireAvailable() {
        if (unavailable == null) {
            return;
        }
        if (required) {
            throw new AssertionError(name + " is required (TIDE_REQUIRE_PG=1) but not available: " + unavailable);
        }
        throw new TestAbortedException(name + " not available, test skipped: " + unavailable);
    }

    /**
     * Closes the pools, runs the clean-up (drop the schema, shut the H2 database down) and the raw connection.
     * Not {@code AutoCloseable} on purpose: JUnit closes auto-closeable arguments after each invocation.
     */
    synchronized void shutdown() {
        if (unavailable != null) {
            return;
        }
        for (Database d : extra) {
            d.close().onErrorResume(e -> Mono.empty()).block(BLOCK);
        }
        if (db != null) {
            db.close().onErrorResume(e -> Mono.empty()).block(BLOCK);
        }
        try {
            if (kind == Kind.H2) {
                exec("SHUTDOWN");
            }
        } catch (RuntimeException ignored) {
            // SHUTDOWN closes the raw connection under our feet.
        }
        if (raw != null) {
            Mono.from(raw.close()).onErrorResume(e -> Mono.empty()).block(BLOCK);
        }
        if (onClose != null) {
            onClose.run();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
