package dev.tideorm.r2dbc;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.QueryException;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.r2dbc.internal.StatementExecutor;
import io.r2dbc.spi.Connection;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A transaction on one borrowed connection, or a savepoint inside one. The top level owns the connection and
 * returns it to the pool when it ends; savepoints share it. Transaction control uses only the R2DBC SPI.
 */
final class R2dbcTransaction implements Transaction {
    private enum State { NEW, ACTIVE, COMMITTED, ROLLED_BACK }

    private final R2dbcDatabase db;
    private final Connection connection;
    private final StatementExecutor executor;
    private final @Nullable R2dbcTransaction parent;
    private final @Nullable String savepoint;
    /** Savepoint name counter, shared by a top-level transaction and all its savepoints. */
    private final AtomicInteger savepoints;
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private final AtomicBoolean released = new AtomicBoolean();

    private R2dbcTransaction(R2dbcDatabase db, Connection connection, @Nullable R2dbcTransaction parent,
                             @Nullable String savepoint, AtomicInteger savepoints) {
        this.db = db;
        this.connection = connection;
        this.executor = db.executor();
        this.parent = parent;
        this.savepoint = savepoint;
        this.savepoints = savepoints;
    }

    static R2dbcTransaction topLevel(R2dbcDatabase db, Connection connection) {
        return new R2dbcTransaction(db, connection, null, null, new AtomicInteger());
    }

    /**
     * Runs {@code work} in the transaction {@code begin} emits, with it in the Reactor context: commit on
     * completion, rollback on error (the work's error wins; a rollback failure is added to it as suppressed)
     * and on cancel.
     */
    static <T> Flux<T> run(Mono<R2dbcTransaction> begin, Function<DbConn, ? extends Publisher<T>> work) {
        return Flux.usingWhen(begin,
                        tx -> Flux.defer(() -> work.apply(tx)).contextWrite(c -> c.put(DbContextKeys.TRANSACTION, tx)),
                        R2dbcTransaction::commitIfActive,
                        R2dbcTransaction::rollbackAfterError,
                        R2dbcTransaction::rollbackIfActive)
                .onErrorMap(R2dbcTransaction::isCommitFailure, Throwable::getCause);
    }

    /** Reactor wraps a failing commit (the complete-cleanup of usingWhen); the commit's own error is what matters. */
    private static boolean isCommitFailure(Throwable e) {
        return e.getClass() == RuntimeException.class && e.getCause() instanceof DbException
                && String.valueOf(e.getMessage()).startsWith("Async resource cleanup failed");
    }

    /** BEGIN (top level) or SAVEPOINT (nested), then the transaction accepts statements. */
    Mono<Void> start() {
        Mono<Void> begin = savepoint == null
                ? executor.control(StatementEvent.Kind.BEGIN, "BEGIN", connection::beginTransaction)
                : executor.control(StatementEvent.Kind.SAVEPOINT, "SAVEPOINT " + savepoint,
                        () -> connection.createSavepoint(savepoint));
        return begin.then(Mono.fromRunnable(() -> state.set(State.ACTIVE)));
    }

    // ---- DbConn ----

    @Override
    public Dialect dialect() {
        return executor.dialect();
    }

    @Override
    public <T> Flux<T> query(Statement statement, RowMapper<T> mapper) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(mapper, "mapper");
        return Flux.defer(() -> isActive()
                ? executor.query(connection, statement, mapper, true)
                : Flux.error(notActive(statement)));
    }

    @Override
    public Mono<Long> execute(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        return Mono.defer(() -> isActive()
                ? executor.execute(connection, statement, true)
                : Mono.error(notActive(statement)));
    }

    @Override
    public <T> Flux<T> transaction(Function<DbConn, ? extends Publisher<T>> work) {
        Objects.requireNonNull(work, "work");
        return run(nested(), work);
    }

    @Override
    public <T> Mono<T> transactionMono(Function<DbConn, ? extends Mono<T>> work) {
        // Not next(): it would cancel after the first value, and cancel rolls back.
        return transaction(work).singleOrEmpty();
    }

    @Override
    public Mono<Transaction> begin() {
        return nested().cast(Transaction.class);
    }

    private Mono<R2dbcTransaction> nested() {
        return Mono.defer(() -> {
            if (!isActive()) {
                return Mono.error(notActive(Statement.of("SAVEPOINT")));
            }
            R2dbcTransaction sp = new R2dbcTransaction(db, connection, this,
                    "tide_sp_" + savepoints.incrementAndGet(), savepoints);
            return sp.start().thenReturn(sp);
        });
    }

    // ---- ending ----

    @Override
    public Mono<Void> commit() {
        return Mono.defer(() -> {
            if (!isActive() || !state.compareAndSet(State.ACTIVE, State.COMMITTED)) {
                return Mono.error(notActive(Statement.of("COMMIT")));
            }
            if (savepoint != null) {
                return executor.control(StatementEvent.Kind.RELEASE_SAVEPOINT, "RELEASE SAVEPOINT " + savepoint,
                        () -> connection.releaseSavepoint(savepoint));
            }
            return endTopLevel(executor.control(StatementEvent.Kind.COMMIT, "COMMIT", connection::commitTransaction)
                    .doOnError(e -> state.set(State.ROLLED_BACK)));
        });
    }

    @Override
    public Mono<Void> rollback() {
        return Mono.defer(() -> {
            if (!isActive() || !state.compareAndSet(State.ACTIVE, State.ROLLED_BACK)) {
                return Mono.error(notActive(Statement.of("ROLLBACK")));
            }
            return rollbackActive();
        });
    }

    private Mono<Void> rollbackActive() {
        if (savepoint != null) {
            return executor.control(StatementEvent.Kind.ROLLBACK_TO_SAVEPOINT, "ROLLBACK TO SAVEPOINT " + savepoint,
                    () -> connection.rollbackTransactionToSavepoint(savepoint));
        }
        return endTopLevel(executor.control(StatementEvent.Kind.ROLLBACK, "ROLLBACK", connection::rollbackTransaction));
    }

    /**
     * Runs the final COMMIT or ROLLBACK, then returns the connection to the pool whatever happened: after
     * completion, after an error (which is then signalled) and when the subscriber cancels.
     */
    private Mono<Void> endTopLevel(Mono<Void> end) {
        return Mono.usingWhen(Mono.just(this), tx -> end, tx -> release(), (tx, e) -> release(), tx -> release());
    }

    /** Returns the connection once (top level only). */
    private Mono<Void> release() {
        return Mono.defer(() -> parent == null && released.compareAndSet(false, true)
                ? db.release(connection) : Mono.empty());
    }

    /** Commits if the work left the transaction open; in every case a top level returns its connection. */
    Mono<Void> commitIfActive() {
        return Mono.defer(() -> state.get() == State.ACTIVE && parentActive() ? commit() : release());
    }

    /** Rolls back if still open (cancel); in every case a top level returns its connection. */
    Mono<Void> rollbackIfActive() {
        return Mono.defer(() -> state.get() == State.ACTIVE && parentActive()
                && state.compareAndSet(State.ACTIVE, State.ROLLED_BACK) ? rollbackActive() : release());
    }

    /** Rolls back after the work failed with {@code error}, which stays the error signalled. */
    Mono<Void> rollbackAfterError(Throwable error) {
        return rollbackIfActive().onErrorResume(rollbackError -> {
            if (rollbackError != error) {
                error.addSuppressed(rollbackError);
            }
            return Mono.empty();
        });
    }

    private boolean parentActive() {
        return parent == null || parent.isActive();
    }

    private QueryException notActive(Statement statement) {
        String what = savepoint == null ? "transaction" : "savepoint " + savepoint;
        String why = switch (state.get()) {
            case NEW -> "has not begun";
            case COMMITTED -> savepoint == null ? "was committed" : "was released";
            case ROLLED_BACK -> "was rolled back";
            case ACTIVE -> "belongs to a transaction that has ended";
        };
        return new QueryException("the " + what + " " + why + "; it accepts no more statements", statement, null,
                null);
    }

    // ---- Transaction ----

    @Override
    public boolean isNested() {
        return parent != null;
    }

    @Override
    public boolean isActive() {
        return state.get() == State.ACTIVE && parentActive();
    }

    @Override
    public Database database() {
        return db;
    }

    @Override
    public String toString() {
        return (savepoint == null ? "Transaction" : "Savepoint " + savepoint) + "[" + state.get() + "] on " + db;
    }
}
