package dev.tideorm.r2dbc.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The one place TideORM starts work that no subscriber asked for: the clean-up of a resource its owner abandoned
 * (an explicit transaction whose statement's subscriber cancelled, or that became unreachable without being
 * ended). There is no subscriber to hand the outcome to, so failures are logged.
 */
public final class Detached {
    private static final Logger LOG = LoggerFactory.getLogger(Detached.class);

    private Detached() {
    }

    /** Subscribes to {@code cleanup} now; {@code what} names it in the log if it fails. */
    public static void run(Mono<Void> cleanup, String what) {
        // Fire-and-forget by design (see the class comment): nothing downstream could receive its signals.
        cleanup.subscribe(null, e -> LOG.warn("{} failed", what, e));
    }
}
