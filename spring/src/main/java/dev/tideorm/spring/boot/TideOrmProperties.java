package dev.tideorm.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code tideorm.*} properties of the auto-configuration.
 *
 * <pre>
 * tideorm.schema.sync=true
 * tideorm.schema.packages=com.example.entity,com.example.billing
 * tideorm.schema.timeout=2m
 * </pre>
 */
@ConfigurationProperties("tideorm")
public class TideOrmProperties {
    private final Schema schema = new Schema();

    /** The schema sync settings. */
    public Schema getSchema() {
        return schema;
    }

    /** {@code tideorm.schema.*}: entity-first schema sync at start-up. */
    public static class Schema {
        /**
         * Whether to sync the schema with the entities at start-up, before the application serves: missing tables,
         * columns, indexes and foreign keys are created; nothing is dropped or altered.
         */
        private boolean sync;

        /** Packages (with their sub-packages) whose entities the schema sync covers; required when sync is on. */
        private List<String> packages = new ArrayList<>();

        /** How long start-up waits for the schema sync before failing. */
        private Duration timeout = Duration.ofMinutes(1);

        public boolean isSync() {
            return sync;
        }

        public void setSync(boolean sync) {
            this.sync = sync;
        }

        public List<String> getPackages() {
            return packages;
        }

        public void setPackages(List<String> packages) {
            this.packages = packages;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }
}
