package dev.tideorm.benchmarks.hr;

import dev.tideorm.benchmarks.hr.entity.Post;
import dev.tideorm.benchmarks.hr.entity.Profile;
import dev.tideorm.benchmarks.hr.entity.Tag;
import dev.tideorm.benchmarks.hr.entity.User;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.cfg.Configuration;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.provider.ReactiveServiceRegistryBuilder;

/**
 * Builds the {@link Mutiny.SessionFactory} the benchmark and its test use, bootstrapped the way the Hibernate
 * Reactive reference documentation shows for a program without {@code persistence.xml}: a {@link Configuration},
 * a {@link ReactiveServiceRegistryBuilder}, then {@code unwrap(Mutiny.SessionFactory.class)}.
 */
public final class HrSessionFactory {
    /** The Vert.x pool size: the same 32 connections as r2dbc-pool in the main JVM. */
    public static final int POOL_SIZE = 32;
    /** Statements per batch for inserts ({@code hibernate.jdbc.batch_size}). */
    public static final int BATCH_SIZE = 50;

    private HrSessionFactory() {
    }

    /**
     * The settings, all of them, that the benchmark gives Hibernate. Everything else (the Vert.x prepared
     * statement cache among them) stays at its default.
     */
    public static Map<String, String> settings(PgTarget target, String schema) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("jakarta.persistence.jdbc.url", target.jdbcUrl());
        s.put("jakarta.persistence.jdbc.user", target.user());
        s.put("jakarta.persistence.jdbc.password", target.password());
        s.put("hibernate.default_schema", schema);
        s.put("hibernate.connection.pool_size", Integer.toString(POOL_SIZE));
        s.put("hibernate.jdbc.batch_size", Integer.toString(BATCH_SIZE));
        // without it a nested save alternates user, profile, post and tag inserts and every batch holds one row
        s.put("hibernate.order_inserts", "true");
        // the schema is made by HrSchema with plain DDL, as in the main JVM
        s.put("jakarta.persistence.schema-generation.database.action", "none");
        // -Dhr.showSql=true prints each statement Hibernate sends (a batch once), to check what runs
        s.put("hibernate.show_sql", Boolean.toString(Boolean.getBoolean("hr.showSql")));
        return s;
    }

    /** A new session factory on {@code schema}; close it when done. */
    public static Mutiny.SessionFactory open(PgTarget target, String schema) {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(User.class)
                .addAnnotatedClass(Profile.class)
                .addAnnotatedClass(Post.class)
                .addAnnotatedClass(Tag.class);
        settings(target, schema).forEach(configuration::setProperty);
        var registry = new ReactiveServiceRegistryBuilder()
                .applySettings(configuration.getProperties())
                .build();
        return configuration.buildSessionFactory(registry).unwrap(Mutiny.SessionFactory.class);
    }
}
