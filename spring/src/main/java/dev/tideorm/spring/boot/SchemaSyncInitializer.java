package dev.tideorm.spring.boot;

import dev.tideorm.core.meta.EntityRegistry;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.schema.SchemaBuilder;
import dev.tideorm.schema.SchemaSync;
import dev.tideorm.schema.SyncReport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Runs the schema sync of {@code tideorm.schema.packages} once every singleton exists, which is before the web server
 * starts, before {@code ApplicationRunner}s and before any {@code SmartLifecycle} bean: so no request reaches a
 * table that is not there yet. A failing sync fails the start-up.
 *
 * <p><b>Why it blocks.</b> Start-up has no subscriber to hand a {@code Mono} to, and the application must not serve
 * before the schema exists; so this waits (bounded by {@code tideorm.schema.timeout}) on the thread refreshing the
 * context, normally {@code main}, never an event loop. It is the only blocking call of TideORM's Spring support.
 */
public final class SchemaSyncInitializer implements SmartInitializingSingleton {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaSyncInitializer.class);

    private final Database db;
    private final List<String> packages;
    private final Duration timeout;

    /**
     * A sync of the entities under {@code packages} through {@code db}, waiting at most {@code timeout}.
     *
     * @throws IllegalArgumentException when {@code packages} is empty or a package holds no entity (the message
     *     lists the packages that do)
     */
    public SchemaSyncInitializer(Database db, List<String> packages, Duration timeout) {
        this.db = Objects.requireNonNull(db, "db");
        this.packages = packages.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (this.packages.isEmpty()) {
            throw new IllegalArgumentException("tideorm.schema.sync=true needs tideorm.schema.packages: the packages "
                    + "whose entities the schema follows");
        }
        builder(); // fails now, while the context is created, when a package holds no entity
    }

    private SchemaBuilder builder() {
        SchemaBuilder b = SchemaSync.builder(db);
        for (String p : packages) {
            b = b.registerAll(EntityRegistry.byPackagePrefix(p));
        }
        return b;
    }

    /** Syncs the schema, waiting for it; a failure (a {@code DbException}, or the timeout) fails the start-up. */
    @Override
    public void afterSingletonsInstantiated() {
        SchemaBuilder b = builder();
        LOG.info("TideORM schema sync of {} entities under {}", b.entities().size(), packages);
        SyncReport report = b.sync().block(timeout);
        if (report != null) {
            LOG.info("TideORM schema sync done: {}", report);
        }
    }

    /** The packages synced. */
    public List<String> packages() {
        return packages;
    }
}
