/**
 * Spring Boot auto-configuration for TideORM: a {@code Database} bean over the application's
 * {@code ConnectionFactory} that joins Spring-managed transactions, statement listeners and option customizers
 * collected from the context, the {@code tideorm.*} properties and the opt-in schema sync at start-up.
 */
@NullMarked
package dev.tideorm.spring.boot;

import org.jspecify.annotations.NullMarked;
