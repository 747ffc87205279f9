package dev.tideorm.micrometer;

import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.PoolStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The connection pool of a {@link Database} as gauges: {@code tideorm.pool.connections} tagged
 * {@code state=acquired|idle|allocated|pending}, and {@code tideorm.pool.max}, each tagged {@code name}. The
 * gauges hold the database weakly, so binding does not keep a closed database alive.
 *
 * <pre>{@code
 * new TidePoolMetrics(db, "orders").bindTo(meterRegistry);
 * }</pre>
 */
public final class TidePoolMetrics implements MeterBinder {
    private final Database database;
    private final Tags tags;

    /** Gauges of {@code database}'s pool, tagged {@code name=<name>}. */
    public TidePoolMetrics(Database database, String name) {
        this.database = Objects.requireNonNull(database, "database");
        this.tags = Tags.of("name", Objects.requireNonNull(name, "name"));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "acquired", PoolStats::acquired);
        gauge(registry, "idle", PoolStats::idle);
        gauge(registry, "allocated", PoolStats::allocated);
        gauge(registry, "pending", PoolStats::pending);
        Gauge.builder("tideorm.pool.max", database, d -> d.poolStats().maxAllocated())
                .tags(tags).description("The most connections the pool opens").register(registry);
    }

    private void gauge(MeterRegistry registry, String state, ToDoubleFunction<PoolStats> value) {
        Gauge.builder("tideorm.pool.connections", database, d -> value.applyAsDouble(d.poolStats()))
                .tags(tags.and("state", state))
                .description("Connections of the TideORM pool by state")
                .register(registry);
    }
}
