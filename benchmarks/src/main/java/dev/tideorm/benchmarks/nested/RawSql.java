package dev.tideorm.benchmarks.nested;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Statement;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Hand-written R2DBC plumbing for the raw baselines: a connection (or a transaction) from the same pool TideORM
 * uses, and statements created through {@link #statement}, which counts each one in the {@link StatementTally}.
 * BEGIN and COMMIT are counted too, as TideORM's listener sees them.
 */
public final class RawSql {
    private final ConnectionPool pool;
    private final StatementTally tally;

    public RawSql(ConnectionPool pool, StatementTally tally) {
        this.pool = pool;
        this.tally = tally;
    }

    /** Runs {@code work} on one borrowed connection, returned when it ends. */
    public <T> Mono<T> withConnection(Function<Connection, Mono<T>> work) {
        return Mono.usingWhen(pool.create(), work, Connection::close);
    }

    /** Runs {@code work} in one transaction: committed when it completes, rolled back on error or cancel. */
    public <T> Mono<T> inTransaction(Function<Connection, Mono<T>> work) {
        return withConnection(c -> Mono.usingWhen(
                Mono.from(c.beginTransaction()).then(Mono.fromCallable(() -> {
                    tally.raw("BEGIN");
                    return c;
                })),
                work,
                x -> Mono.from(c.commitTransaction()).then(Mono.fromRunnable(() -> tally.raw("COMMIT"))),
                (x, e) -> c.rollbackTransaction(),
                x -> c.rollbackTransaction()));
    }

    /** A statement on {@code c}, counted once (it is to be executed once). */
    public Statement statement(Connection c, String sql) {
        tally.raw(sql);
        return c.createStatement(sql);
    }
}
