/**
 * Micrometer for TideORM: statements and transactions as {@code Observation}s that continue the subscriber's
 * observation (so traces and timers follow the request), and the pool's counters as gauges.
 */
@NullMarked
package dev.tideorm.micrometer;

import org.jspecify.annotations.NullMarked;
