package dev.tideorm.spring;

import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DatabaseOptions;
import io.r2dbc.spi.ConnectionFactory;
import java.util.Objects;

/**
 * Makes TideORM {@link Database}s that take part in Spring-managed reactive transactions.
 *
 * <pre>{@code
 * Database db = SpringDatabase.of(connectionFactory);
 * TransactionalOperator tx = TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory));
 *
 * UserActiveModel.builder().setName("Bob").setEmail("bob@example.org").insert(db)        // TideORM
 *     .then(databaseClient.sql("INSERT INTO audit (what) VALUES ('user')").then())      // Spring
 *     .as(tx::transactional);
 * // BEGIN; INSERT INTO "user" ...; INSERT INTO audit ...; COMMIT   (one connection, one transaction)
 * }</pre>
 *
 * <p>Inside a Spring transaction every statement runs on the transaction's connection, and
 * {@code db.transaction(...)} (and nested saves, cascade deletes, schema sync) become savepoints in it: Spring
 * commits or rolls back. Outside one, the database behaves like {@link Database#wrap(ConnectionFactory)}: a
 * connection from the factory per statement (autocommit) and real transactions for {@code db.transaction(...)}.
 * See {@link SpringConnectionProvider} for how the transaction is found.
 *
 * <p>The factory stays the application's: TideORM opens no pool, and {@code db.close()} closes nothing.
 */
public final class SpringDatabase {
    private SpringDatabase() {
    }

    /** A database over {@code factory} with default options. No I/O happens here. */
    public static Database of(ConnectionFactory factory) {
        return of(factory, DatabaseOptions.builder().build());
    }

    /**
     * A database over {@code factory}: the options' dialect (else the one of the factory's driver), statement
     * listeners and drain timeout apply; URL and pool settings do not (the factory has them). No I/O happens here.
     *
     * @throws IllegalArgumentException when TideORM has no dialect for the factory's driver and the options name none
     */
    public static Database of(ConnectionFactory factory, DatabaseOptions options) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(options, "options");
        return Database.wrap(new SpringConnectionProvider(factory), factory.getMetadata().getName(), options);
    }
}
