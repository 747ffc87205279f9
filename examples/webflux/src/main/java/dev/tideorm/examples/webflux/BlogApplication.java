package dev.tideorm.examples.webflux;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The blog service. Spring Boot makes the R2DBC {@code ConnectionFactory} from {@code spring.r2dbc.*} (embedded H2 by
 * default, see {@code application.properties}), TideORM's auto-configuration makes the {@code Database} on it and
 * syncs the schema of the blog entities before the server starts.
 */
@SpringBootApplication
public class BlogApplication {

    /** Starts the service (port 8080 unless {@code server.port} says otherwise). */
    public static void main(String[] args) {
        SpringApplication.run(BlogApplication.class, args);
    }
}
