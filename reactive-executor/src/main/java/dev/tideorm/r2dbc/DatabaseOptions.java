package dev.tideorm.r2dbc;

import dev.tideorm.core.dialect.Dialect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to connect: the R2DBC URL, extra driver options, the pool's sizing and timeouts, and the statement
 * listeners. Immutable; build with {@link #builder(String)}.
 *
 * <pre>{@code
 * DatabaseOptions.builder("r2dbc:postgresql://app@db.example.org:5432/shop")
 *         .option("schema", "sales")            // a driver option, on top of the URL's
 *         .maxSize(20)
 *         .acquireTimeout(Duration.ofSeconds(5))
 *         .listener(event -> metrics.record(event.kind(), event.elapsed()))
 *         .build();
 * }</pre>
 *
 * <p>Supported URLs: {@code r2dbc:postgresql://[user[:password]@]host[:port]/database[?option=value...]},
 * {@code r2dbc:h2:mem:///name[;H2_SETTING=value...]} and {@code r2dbc:h2:file:///path[;...]}. An in-memory H2
 * database lives as long as a connection to it is open; add {@code ;DB_CLOSE_DELAY=-1} to keep it for the
 * life of the JVM.
 */
public final class DatabaseOptions {
    private final String url;
    private final Map<String, Object> driverOptions;
    private final int maxSize;
    private final int initialSize;
    private final int minIdle;
    private final Duration acquireTimeout;
    private final int acquireRetry;
    private final @Nullable Duration maxLifeTime;
    private final Duration maxIdleTime;
    private final @Nullable String validationQuery;
    private final Duration evictionInterval;
    private final Duration drainTimeout;
    private final @Nullable String poolName;
    private final @Nullable Dialect dialect;
    private final List<StatementListener> listeners;

    private DatabaseOptions(Builder b) {
        this.url = b.url;
        this.driverOptions = Map.copyOf(b.driverOptions);
        this.maxSize = b.maxSize;
        this.initialSize = b.initialSize;
        this.minIdle = b.minIdle;
        this.acquireTimeout = b.acquireTimeout;
        this.acquireRetry = b.acquireRetry;
        this.maxLifeTime = b.maxLifeTime;
        this.maxIdleTime = b.maxIdleTime;
        this.validationQuery = b.validationQuery;
        this.evictionInterval = b.evictionInterval;
        this.drainTimeout = b.drainTimeout;
        this.poolName = b.poolName;
        this.dialect = b.dialect;
        this.listeners = List.copyOf(b.listeners);
    }

    /** Options with the defaults for {@code url}. */
    public static DatabaseOptions of(String url) {
        return builder(url).build();
    }

    /** Starts options for {@code url}. */
    public static Builder builder(String url) {
        return new Builder(Objects.requireNonNull(url, "url"));
    }

    /**
     * Starts options without a URL, for {@link Database#wrap}: only the dialect, the listeners and the drain timeout
     * apply there.
     */
    public static Builder builder() {
        return new Builder("");
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(url);
        b.driverOptions.putAll(driverOptions);
        b.maxSize = maxSize;
        b.initialSize = initialSize;
        b.minIdle = minIdle;
        b.acquireTimeout = acquireTimeout;
        b.acquireRetry = acquireRetry;
        b.maxLifeTime = maxLifeTime;
        b.maxIdleTime = maxIdleTime;
        b.validationQuery = validationQuery;
        b.evictionInterval = evictionInterval;
        b.drainTimeout = drainTimeout;
        b.poolName = poolName;
        b.dialect = dialect;
        b.listeners.addAll(listeners);
        return b;
    }

    /** The R2DBC URL, as given (it may hold a password: do not log it; {@link Database#toString()} masks it). */
    public String url() {
        return url;
    }

    /** Driver options applied on top of the URL's, e.g. {@code schema} for r2dbc-postgresql. */
    public Map<String, Object> driverOptions() {
        return driverOptions;
    }

    /** The most connections the pool opens. Default 10. */
    public int maxSize() {
        return maxSize;
    }

    /** Connections opened by {@link Database#connect}, before it emits. Default 1, so a bad URL fails there. */
    public int initialSize() {
        return initialSize;
    }

    /** Idle connections the pool keeps open. Default 0. */
    public int minIdle() {
        return minIdle;
    }

    /**
     * How long a statement may wait for a connection, including opening one in a pool that is not warm yet.
     * Default 30 s. With the default {@link #acquireRetry()} of 0 this is the effective limit; r2dbc-pool
     * retries a timed-out acquisition {@code acquireRetry} times, so the effective limit is
     * {@code (1 + acquireRetry) × acquireTimeout}.
     */
    public Duration acquireTimeout() {
        return acquireTimeout;
    }

    /** How many times a failed acquisition is retried. Default 0 (r2dbc-pool's own default is 1). */
    public int acquireRetry() {
        return acquireRetry;
    }

    /** The longest a connection lives before the pool replaces it; null for no limit (the default). */
    public @Nullable Duration maxLifeTime() {
        return maxLifeTime;
    }

    /** How long an idle connection stays open. Default 30 min. */
    public Duration maxIdleTime() {
        return maxIdleTime;
    }

    /**
     * A query that must succeed on a connection before it is lent out, e.g. {@code SELECT 1}; null (the
     * default) validates with the driver's local check instead, which costs no round trip.
     */
    public @Nullable String validationQuery() {
        return validationQuery;
    }

    /**
     * How often idle connections are checked in the background: those idle longer than {@link #maxIdleTime()},
     * past {@link #maxLifeTime()}, or whose socket the server has closed (a restart, a killed backend) are closed
     * and replaced, so they never reach a caller. Default 30 s; {@code Duration.ZERO} turns the background check
     * off (connections are still checked when they are borrowed).
     */
    public Duration evictionInterval() {
        return evictionInterval;
    }

    /**
     * How long a connection may take to finish an operation whose subscriber cancelled before it is given back.
     * Writes and transaction control are never cut off half-way: a cancel lets them finish, then the transaction
     * is rolled back and the connection returned. Past this limit the connection is closed instead of reused.
     * Default 60 s.
     */
    public Duration drainTimeout() {
        return drainTimeout;
    }

    /** The pool's name in r2dbc-pool's logs; null for a generated one. */
    public @Nullable String poolName() {
        return poolName;
    }

    /** The dialect to use; null (the default) picks it from the driver. */
    public @Nullable Dialect dialect() {
        return dialect;
    }

    /** The statement listeners, in registration order. */
    public List<StatementListener> listeners() {
        return listeners;
    }

    /** Mutable builder of {@link DatabaseOptions}. */
    public static final class Builder {
        private final String url;
        private final Map<String, Object> driverOptions = new LinkedHashMap<>();
        private int maxSize = 10;
        private int initialSize = 1;
        private int minIdle;
        private Duration acquireTimeout = Duration.ofSeconds(30);
        private int acquireRetry;
        private @Nullable Duration maxLifeTime;
        private Duration maxIdleTime = Duration.ofMinutes(30);
        private @Nullable String validationQuery;
        private Duration evictionInterval = Duration.ofSeconds(30);
        private Duration drainTimeout = Duration.ofSeconds(60);
        private @Nullable String poolName;
        private @Nullable Dialect dialect;
        private final List<StatementListener> listeners = new ArrayList<>();

        private Builder(String url) {
            this.url = url;
        }

        /** Sets a driver option on top of the URL's ({@code schema}, {@code applicationName}, ...). */
        public Builder option(String name, Object value) {
            driverOptions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets {@link DatabaseOptions#maxSize()}. */
        public Builder maxSize(int n) {
            this.maxSize = n;
            return this;
        }

        /** Sets {@link DatabaseOptions#initialSize()}. */
        public Builder initialSize(int n) {
            this.initialSize = n;
            return this;
        }

        /** Sets {@link DatabaseOptions#minIdle()}. */
        public Builder minIdle(int n) {
            this.minIdle = n;
            return this;
        }

        /** Sets {@link DatabaseOptions#acquireTimeout()}. */
        public Builder acquireTimeout(Duration d) {
            this.acquireTimeout = Objects.requireNonNull(d, "acquireTimeout");
            return this;
        }

        /** Sets {@link DatabaseOptions#acquireRetry()}. */
        public Builder acquireRetry(int n) {
            this.acquireRetry = n;
            return this;
        }

        /** Sets {@link DatabaseOptions#maxLifeTime()}. */
        public Builder maxLifeTime(@Nullable Duration d) {
            this.maxLifeTime = d;
            return this;
        }

        /** Sets {@link DatabaseOptions#maxIdleTime()}. */
        public Builder maxIdleTime(Duration d) {
            this.maxIdleTime = Objects.requireNonNull(d, "maxIdleTime");
            return this;
        }

        /** Sets {@link DatabaseOptions#validationQuery()}. */
        public Builder validationQuery(@Nullable String sql) {
            this.validationQuery = sql;
            return this;
        }

        /** Sets {@link DatabaseOptions#evictionInterval()}; {@code Duration.ZERO} turns the background check off. */
        public Builder evictionInterval(Duration d) {
            this.evictionInterval = Objects.requireNonNull(d, "evictionInterval");
            return this;
        }

        /** Sets {@link DatabaseOptions#drainTimeout()}. */
        public Builder drainTimeout(Duration d) {
            this.drainTimeout = Objects.requireNonNull(d, "drainTimeout");
            return this;
        }

        /** Sets {@link DatabaseOptions#poolName()}. */
        public Builder poolName(@Nullable String name) {
            this.poolName = name;
            return this;
        }

        /** Sets {@link DatabaseOptions#dialect()}. */
        public Builder dialect(@Nullable Dialect d) {
            this.dialect = d;
            return this;
        }

        /** Adds a listener that sees every executed statement. */
        public Builder listener(StatementListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException when a size or duration is out of range
         */
        public DatabaseOptions build() {
            require(maxSize >= 1, "maxSize must be at least 1: " + maxSize);
            require(initialSize >= 0 && initialSize <= maxSize,
                    "initialSize must be between 0 and maxSize (" + maxSize + "): " + initialSize);
            require(minIdle >= 0 && minIdle <= maxSize, "minIdle must be between 0 and maxSize: " + minIdle);
            require(!acquireTimeout.isNegative() && !acquireTimeout.isZero(),
                    "acquireTimeout must be positive: " + acquireTimeout);
            require(acquireRetry >= 0, "acquireRetry must not be negative: " + acquireRetry);
            require(maxLifeTime == null || !maxLifeTime.isNegative() && !maxLifeTime.isZero(),
                    "maxLifeTime must be positive: " + maxLifeTime);
            require(!maxIdleTime.isNegative() && !maxIdleTime.isZero(), "maxIdleTime must be positive: " + maxIdleTime);
            require(!evictionInterval.isNegative(), "evictionInterval must not be negative: " + evictionInterval);
            require(!drainTimeout.isNegative() && !drainTimeout.isZero(), "drainTimeout must be positive: " + drainTimeout);
            return new DatabaseOptions(this);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
