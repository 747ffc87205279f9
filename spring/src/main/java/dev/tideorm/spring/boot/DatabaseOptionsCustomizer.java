package dev.tideorm.spring.boot;

import dev.tideorm.r2dbc.DatabaseOptions;

/**
 * Changes the options of the auto-configured {@code Database} before it is made: a dialect, the drain timeout, or
 * listeners built from other beans. Customizer beans run in their {@code @Order}, after every
 * {@link dev.tideorm.r2dbc.StatementListener} bean has been added.
 *
 * <pre>{@code
 * @Bean DatabaseOptionsCustomizer slowStatements() {
 *     return options -> options.drainTimeout(Duration.ofSeconds(5));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface DatabaseOptionsCustomizer {
    /** Changes {@code options} in place. */
    void customize(DatabaseOptions.Builder options);
}
