package dev.tideorm.spring.boot;

import dev.tideorm.micrometer.TideObservations;
import dev.tideorm.micrometer.TidePoolMetrics;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DatabaseOptions;
import dev.tideorm.r2dbc.StatementListener;
import dev.tideorm.schema.SchemaSync;
import dev.tideorm.spring.DbExceptionTranslator;
import dev.tideorm.spring.SpringDatabase;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.connection.ConnectionFactoryUtils;

/**
 * Auto-configures TideORM over the application's R2DBC {@code ConnectionFactory} (Spring Boot's, from
 * {@code spring.r2dbc.*}, or one the application defines):
 * <ul>
 *   <li>a {@link Database} bean made by {@link SpringDatabase#of}: its statements join Spring-managed transactions
 *       ({@code @Transactional}, {@code TransactionalOperator}) on that factory. Backs off when the application
 *       defines its own {@code Database}. Every {@link StatementListener} bean is registered on it (the hook for
 *       metrics), then every {@link DatabaseOptionsCustomizer} bean runs;</li>
 *   <li>a {@link DbExceptionTranslator} bean, for Spring's {@code PersistenceExceptionTranslationPostProcessor};</li>
 *   <li>with {@code tideorm.schema.sync=true}, a schema sync of {@code tideorm.schema.packages} before the application
 *       serves ({@link SchemaSyncInitializer}).</li>
 * </ul>
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration"})
@ConditionalOnClass({ConnectionFactory.class, ConnectionFactoryUtils.class, Database.class})
@EnableConfigurationProperties(TideOrmProperties.class)
public class TideOrmAutoConfiguration {

    /** The {@code Database} over the application's single (or primary) {@code ConnectionFactory}. */
    @Bean(destroyMethod = "")   // the connection factory is the application's: nothing of TideORM's to close
    @ConditionalOnMissingBean(Database.class)
    @ConditionalOnSingleCandidate(ConnectionFactory.class)
    public Database tideOrmDatabase(ConnectionFactory connectionFactory, ObjectProvider<StatementListener> listeners,
                                    ObjectProvider<DatabaseOptionsCustomizer> customizers) {
        DatabaseOptions.Builder options = DatabaseOptions.builder();
        listeners.orderedStream().forEach(options::listener);
        customizers.orderedStream().forEach(c -> c.customize(options));
        return SpringDatabase.of(connectionFactory, options.build());
    }

    /** Translates TideORM's exceptions for Spring's exception translation post-processor. */
    @Bean
    @ConditionalOnMissingBean
    public DbExceptionTranslator tideOrmExceptionTranslator() {
        return new DbExceptionTranslator();
    }

    /**
     * With {@code tideorm-micrometer} on the class path: statements and transactions become Observations of the
     * application's {@code ObservationRegistry} (and timers through Boot's meter handler), and the pool's counters
     * gauges of its {@code MeterRegistry} ({@code tideorm.pool.*}, tagged {@code name=tideorm}).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"dev.tideorm.micrometer.TideObservations", "io.micrometer.observation.ObservationRegistry"})
    static class Micrometer {
        @Bean
        DatabaseOptionsCustomizer tideOrmObservations(ObjectProvider<ObservationRegistry> registry) {
            return options -> registry.ifAvailable(r -> options.listener(new TideObservations(r)));
        }

        /** Binds the pool gauges of the {@code Database} bean, when there is one (Boot binds every MeterBinder). */
        @Bean
        @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
        MeterBinder tideOrmPoolMetrics(ObjectProvider<Database> database) {
            return registry -> database.ifAvailable(db -> new TidePoolMetrics(db, "tideorm").bindTo(registry));
        }
    }

    /** The schema sync at start-up, when {@code tideorm.schema.sync=true}. */
    @Bean
    @ConditionalOnProperty(prefix = "tideorm.schema", name = "sync", havingValue = "true")
    @ConditionalOnClass(SchemaSync.class)
    public SchemaSyncInitializer tideOrmSchemaSync(Database database, TideOrmProperties properties) {
        TideOrmProperties.Schema schema = properties.getSchema();
        return new SchemaSyncInitializer(database, schema.getPackages(), schema.getTimeout());
    }
}
