package dev.tideorm.r2dbc.it;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.test.TestDb;
import io.r2dbc.spi.IsolationLevel;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Real concurrency conflicts between transactions, on a {@code counter} table, for the transient-error tests.
 * Nothing here sleeps: the interleavings are forced by ordering and by barriers.
 */
final class Conflicts {
    /**
     * As the first statement of a transaction: SERIALIZABLE for this transaction on PostgreSQL; on H2, for the
     * session from now on (the pooled connection keeps it).
     */
    static final String SERIALIZABLE = "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE";
    static final String READ = "SELECT \"n\" FROM \"counter\" WHERE \"id\" = $1";
    static final String WRITE = "UPDATE \"counter\" SET \"n\" = $1 WHERE \"id\" = $2";
    static final String BUMP = "UPDATE \"counter\" SET \"n\" = \"n\" + 1 WHERE \"id\" = $1";
    static final String SUM = "SELECT SUM(\"n\") FROM \"counter\"";
    static final String LOG = "INSERT INTO \"ledger\" (\"attempt\") VALUES ($1)";

    private Conflicts() {
    }

    /**
     * (Re)creates {@code counter} (id, n) with the rows (1, 0) and (2, 0), and an empty {@code ledger} (id,
     * attempt); forgets the recorded statements.
     */
    static void counters(TestDb db) {
        db.exec("DROP TABLE IF EXISTS \"counter\"", "DROP TABLE IF EXISTS \"ledger\"",
                "CREATE TABLE \"counter\" (\"id\" INTEGER PRIMARY KEY, \"n\" INTEGER NOT NULL)",
                "INSERT INTO \"counter\" (\"id\", \"n\") VALUES (1, 0), (2, 0)",
                "CREATE TABLE \"ledger\" (\"id\" " + Fixtures.serial(db) + " PRIMARY KEY, \"attempt\" INTEGER NOT NULL)");
        db.statements().clear();
    }

    /** {@code n} of counter row {@code id}, read on the raw connection. */
    static long counter(TestDb db, int id) {
        return db.query("SELECT \"n\" FROM \"counter\" WHERE \"id\" = " + id,
                (row, md) -> ((Number) row.get(0)).longValue()).get(0);
    }

    /** The attempts recorded in {@code ledger}, read on the raw connection. */
    static List<Long> ledger(TestDb db) {
        return db.query("SELECT \"attempt\" FROM \"ledger\" ORDER BY \"id\"",
                (row, md) -> ((Number) row.get(0)).longValue());
    }

    static Mono<Long> serializable(DbConn tx) {
        return RawQuery.sql(SERIALIZABLE).exec(tx);
    }

    /**
     * Reads {@code n} of row 1, lets {@code meanwhile} run, then writes {@code n + 1}. In a SERIALIZABLE
     * transaction, with {@link #concurrentAdd} as {@code meanwhile}, the write fails with SQLSTATE 40001 on both
     * databases: the row changed, in a transaction that committed, since this one read it.
     */
    static Mono<Long> readThenIncrement(DbConn tx, Mono<Void> meanwhile) {
        return RawQuery.sql(READ, 1).map(row -> row.get(0, Long.class)).one(tx)
                .flatMap(n -> meanwhile.then(RawQuery.sql(WRITE, n + 1, 1).exec(tx)));
    }

    /**
     * Another transaction that adds 100 to row 1 and commits before this completes: an autocommit UPDATE on the
     * raw connection, run off the reactor threads. It does not wait for locks, as the transactions it conflicts
     * with have only read the row.
     */
    static Mono<Void> concurrentAdd(TestDb db) {
        return Mono.fromRunnable(() -> db.exec("UPDATE \"counter\" SET \"n\" = \"n\" + 100 WHERE \"id\" = 1"))
                .subscribeOn(Schedulers.boundedElastic()).then();
    }

    /**
     * Another SERIALIZABLE transaction, committed before this completes, that reads the sum of the counters and
     * bumps row 2: against a SERIALIZABLE transaction that read the sum and bumped row 1, a write skew, which
     * PostgreSQL resolves by failing the COMMIT of the transaction that commits last (40001). H2 has no
     * serializable snapshot isolation and lets both commit.
     */
    static Mono<Void> concurrentWriteSkew(TestDb db) {
        return Mono.fromRunnable(() -> db.withRawConnection(c -> Mono.from(c.beginTransaction(IsolationLevel.SERIALIZABLE))
                        .thenMany(c.createStatement(SUM).execute()).concatMap(r -> r.map((row, md) -> 1))
                        .thenMany(c.createStatement("UPDATE \"counter\" SET \"n\" = \"n\" + 1 WHERE \"id\" = 2")
                                .execute())
                        .concatMap(r -> r.getRowsUpdated())
                        .then(Mono.from(c.commitTransaction()))))
                .subscribeOn(Schedulers.boundedElastic()).then();
    }

    /** Records {@code attempt} in the ledger: the write whose count shows how many attempts committed. */
    static Mono<Long> log(DbConn tx, int attempt) {
        return RawQuery.sql(LOG, attempt).exec(tx);
    }

    /**
     * A barrier of two: signals {@code mine}, then waits for {@code theirs}, and goes on on a thread of its own
     * (r2dbc-h2 blocks the calling thread while it waits for a lock, so the two sides must not share one).
     */
    static Mono<Void> barrier(Sinks.Empty<Void> mine, Sinks.Empty<Void> theirs) {
        return Mono.fromRunnable(() -> mine.emitEmpty(Sinks.EmitFailureHandler.FAIL_FAST))
                .then(theirs.asMono())
                .publishOn(Schedulers.boundedElastic());
    }
}
