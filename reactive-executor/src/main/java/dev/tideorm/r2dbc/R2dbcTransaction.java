package dev.tideorm.r2dbc;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.QueryException;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.r2dbc.internal.Detached;
import dev.tideorm.r2dbc.internal.Lease;
import dev.tideorm.r2dbc.internal.StatementExecutor;
import io.r2dbc.spi.Connection;
import java.lang.ref.Cleaner;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A transaction on one borrowed connection ({@link Lease}), or a savepoint inside one. The top level owns the
 * connection and returns it to the pool when it ends; savepoints share it. Transaction control uses only the R2DBC
 * SPI.
 *
 * <p>Ending is never cut short: COMMIT, ROLLBACK and the return of the connection run to their end even when the
 * subscriber cancels, and they start only once every statement in flight has finished (the lease is closed to
 * new statements first, so none slips in after them). Explicit transactions ({@link Database#begin()}) have no
 * operator that ends them when their owner goes away, so two more rules apply to them: a write (or any shielded
 * statement) whose subscriber cancels rolls the transaction back once the write has finished; and a transaction
 * that becomes unreachable without being ended is rolled back and its connection returned (with a warning).
 */
final class R2dbcTransaction implements Transaction {
    private static final Logger LOG = LoggerFactory.getLogger(Transaction.class);
    /** Watches explicit transactions for abandonment. */
    private static final Cleaner CLEANER = Cleaner.create();

    private enum State { NEW, ACTIVE, ENDING, COMMITTED, ROLLED_BACK }

    private final Level level;

    private R2dbcTransaction(Level level) {
        this.level = level;
    }

    /**
     * A top-level transaction on {@code lease}, not yet begun. An {@code explicit} one is watched: when it becomes
     * unreachable while still open, it is rolled back.
     */
    static R2dbcTransaction topLevel(R2dbcDatabase db, Lease lease, boolean explicit) {
        // Inside a transaction managed elsewhere (Spring's), the top level is a savepoint in it.
        AtomicInteger savepoints = new AtomicInteger();
        String savepoint = lease.isExternal() ? "tide_sp_" + savepoints.incrementAndGet() : null;
        Level level = new Level(db, lease, lease.root(), null, savepoint, explicit, savepoints);
        R2dbcTransaction tx = new R2dbcTransaction(level);
        if (explicit) {
            level.watch = CLEANER.register(tx, new Abandoned(level));
        }
        return tx;
    }

    /**
     * Runs {@code work} in the transaction {@code begin} emits, with it in the Reactor context: commit on
     * completion, rollback on error (the work's error wins; a rollback failure is added to it as suppressed)
     * and on cancel.
     */
    static <T> Flux<T> run(Mono<R2dbcTransaction> begin, Function<DbConn, ? extends Publisher<T>> work) {
        return Flux.usingWhen(begin,
                        tx -> Flux.defer(() -> work.apply(tx)).contextWrite(c -> c.put(DbContextKeys.TRANSACTION, tx)),
                        tx -> tx.level.end(true, false, null),
                        (tx, error) -> tx.rollbackAfterError(error),
                        tx -> tx.level.end(false, false, null))
                .onErrorMap(R2dbcTransaction::isCommitFailure, Throwable::getCause);
    }

    /** Reactor wraps a failing commit (the complete-cleanup of usingWhen); the commit's own error is what matters. */
    private static boolean isCommitFailure(Throwable e) {
        return e.getClass() == RuntimeException.class && e.getCause() instanceof DbException
                && String.valueOf(e.getMessage()).startsWith("Async resource cleanup failed");
    }

    /** BEGIN (top level) or SAVEPOINT (nested), then the transaction accepts statements. */
    Mono<Void> start() {
        return level.start();
    }

    /** The database this transaction belongs to. */
    @Override
    public Database database() {
        return level.db;
    }

    // ---- DbConn ----

    @Override
    public Dialect dialect() {
        return level.executor().dialect();
    }

    @Override
    public <T> Flux<T> query(Statement statement, RowMapper<T> mapper) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(mapper, "mapper");
        return Flux.defer(() -> level.isActive()
                ? level.executor().query(level.lease, level.gate, statement, mapper, true,
                        () -> level.notActive(statement), level.onDetached())
                : Flux.error(level.notActive(statement)));
    }

    @Override
    public Mono<Long> execute(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        return Mono.defer(() -> level.isActive()
                ? level.executor().execute(level.lease, level.gate, statement, true, () -> level.notActive(statement),
                        level.onDetached())
                : Mono.error(level.notActive(statement)));
    }

    @Override
    public <T> Flux<T> transaction(Function<DbConn, ? extends Publisher<T>> work) {
        Objects.requireNonNull(work, "work");
        return run(nested(false), work);
    }

    @Override
    public <T> Mono<T> transactionMono(Function<DbConn, ? extends Mono<T>> work) {
        // Not next(): it would cancel after the first value, and cancel rolls back.
        return transaction(work).singleOrEmpty();
    }

    @Override
    public Mono<Transaction> begin() {
        return nested(true).cast(Transaction.class);
    }

    private Mono<R2dbcTransaction> nested(boolean explicit) {
        return Mono.defer(() -> {
            if (!level.isActive()) {
                return Mono.error(level.notActive(Statement.of("SAVEPOINT")));
            }
            Level sp = new Level(level.db, level.lease, level.lease.gate(level.gate), level,
                    "tide_sp_" + level.savepoints.incrementAndGet(), explicit, level.savepoints);
            R2dbcTransaction tx = new R2dbcTransaction(sp);
            return sp.start().thenReturn(tx);
        });
    }

    // ---- ending ----

    @Override
    public Mono<Void> commit() {
        return level.end(true, true, null);
    }

    @Override
    public Mono<Void> rollback() {
        return level.end(false, true, null);
    }

    /** Rolls back after the work failed with {@code error}, which stays the error signalled. */
    private Mono<Void> rollbackAfterError(Throwable error) {
        return level.end(false, false, null).onErrorResume(rollbackError -> {
            if (rollbackError != error) {
                error.addSuppressed(rollbackError);
            }
            return Mono.empty();
        });
    }

    // ---- Transaction ----

    @Override
    public boolean isNested() {
        return level.parent != null;
    }

    @Override
    public boolean isActive() {
        return level.isActive();
    }

    @Override
    public String toString() {
        return (level.parent == null ? "Transaction" : "Savepoint " + level.savepoint) + "[" + level.state.get()
                + "] on " + level.db;
    }

    /**
     * The state of one transaction or savepoint. It never refers to its {@link R2dbcTransaction}, so that the
     * transaction can become unreachable while this is still watched.
     */
    private static final class Level {
        final R2dbcDatabase db;
        final Lease lease;
        final Lease.Gate gate;
        final @Nullable Level parent;
        final @Nullable String savepoint;
        final boolean explicit;
        /** Savepoint name counter, shared by a top-level transaction and all its savepoints. */
        final AtomicInteger savepoints;
        final AtomicReference<State> state = new AtomicReference<>(State.NEW);
        /** Terminates when the first end of this level has finished. */
        final Sinks.Empty<Void> ended = Sinks.empty();
        /** Whether BEGIN or SAVEPOINT succeeded. */
        volatile boolean created;
        /** Why the level was rolled back without being asked to, for the messages of later calls. */
        volatile @Nullable String endReason;
        volatile Cleaner.@Nullable Cleanable watch;

        Level(R2dbcDatabase db, Lease lease, Lease.Gate gate, @Nullable Level parent, @Nullable String savepoint,
              boolean explicit, AtomicInteger savepoints) {
            this.db = db;
            this.lease = lease;
            this.gate = gate;
            this.parent = parent;
            this.savepoint = savepoint;
            this.explicit = explicit;
            this.savepoints = savepoints;
        }

        StatementExecutor executor() {
            return db.executor();
        }

        boolean isActive() {
            return state.get() == State.ACTIVE && (parent == null || parent.isActive());
        }

        /**
         * BEGIN or SAVEPOINT. BEGIN passes the lease's root gate: when the subscriber of {@code begin()} cancels,
         * the connection is released on another thread while this may still be being subscribed, and a BEGIN sent
         * after the release has given the connection back would open a transaction on a connection that belongs
         * to the pool (or to its next borrower, whose statements then run in, or after, a transaction not theirs).
         * Refused that way, it signals to nobody: its subscriber is gone.
         */
        Mono<Void> start() {
            Mono<Void> begin = savepoint == null
                    ? executor().control(lease, lease.root(), StatementEvent.Kind.BEGIN, "BEGIN",
                                    Connection::beginTransaction)
                            .onErrorMap(Lease.GateClosed.class, e -> notActive(Statement.of("BEGIN")))
                    : executor().control(lease, parent == null ? lease.root() : parent.gate, StatementEvent.Kind.SAVEPOINT,
                                    "SAVEPOINT " + savepoint, c -> c.createSavepoint(savepoint))
                            .onErrorMap(Lease.GateClosed.class,
                                    e -> parent.notActive(Statement.of("SAVEPOINT " + savepoint)));
            return begin.then(Mono.fromRunnable(() -> {
                created = true;
                state.compareAndSet(State.NEW, State.ACTIVE);
            }));
        }

        /**
         * A savepoint's control statement, refused (as a no-op) once the enclosing transaction is ending: its
         * COMMIT or ROLLBACK settles the savepoint too.
         */
        private Mono<Void> savepointControl(StatementEvent.Kind kind, String sql,
                                            Function<Connection, ? extends Publisher<Void>> action) {
            // A top level over an external transaction ends with its own gate closed: nothing else to wait for.
            return executor().control(lease, parent == null ? null : parent.gate, kind, sql, action)
                    .onErrorResume(Lease.GateClosed.class, e -> Mono.empty());
        }

        /** What a shielded statement whose subscriber cancels does to an explicit level: roll it back. */
        @Nullable Runnable onDetached() {
            return explicit ? () -> Detached.run(end(false, false, "the subscriber of a statement inside it "
                    + "cancelled"), "rolling back " + describe() + " after a cancel") : null;
        }

        /**
         * Ends this level: COMMIT (or RELEASE SAVEPOINT) when {@code commit} and the level is active, ROLLBACK (or
         * ROLLBACK TO SAVEPOINT) otherwise; a top level then returns its connection. The first call does it,
         * shielded from cancellation; later calls fail ({@code explicitCall}: the caller asked to commit or roll
         * back something already ended) or wait for the first one's end.
         */
        Mono<Void> end(boolean commit, boolean explicitCall, @Nullable String reason) {
            return Mono.defer(() -> {
                State from = state.get();
                boolean open = from == State.NEW || from == State.ACTIVE;
                if (!open || !state.compareAndSet(from, State.ENDING)) {
                    return explicitCall ? Mono.error(notActive(Statement.of(commit ? "COMMIT" : "ROLLBACK")))
                            : ended.asMono().onErrorResume(e -> Mono.empty());
                }
                if (reason != null) {
                    endReason = reason;
                }
                lease.close(gate);
                if (parent != null) {
                    lease.barrier(ended);
                }
                boolean doCommit = commit && from == State.ACTIVE && (parent == null || parent.isActive());
                Mono<Void> work = lease.awaitIdle().then(Mono.defer(() -> created ? finish(doCommit) : Mono.empty()));
                if (parent == null) {
                    work = work.onErrorResume(e -> db.release(lease).then(Mono.error(e))).then(db.release(lease));
                }
                return Lease.shield(work
                        .doOnSuccess(v -> ended(doCommit ? State.COMMITTED : State.ROLLED_BACK, null))
                        .doOnError(e -> ended(State.ROLLED_BACK, e)));
            });
        }

        private Mono<Void> finish(boolean commit) {
            if (savepoint == null) {
                return commit
                        ? executor().control(lease, null, StatementEvent.Kind.COMMIT, "COMMIT",
                                Connection::commitTransaction)
                        : executor().control(lease, null, StatementEvent.Kind.ROLLBACK, "ROLLBACK",
                                Connection::rollbackTransaction);
            }
            return commit
                    ? savepointControl(StatementEvent.Kind.RELEASE_SAVEPOINT, "RELEASE SAVEPOINT " + savepoint,
                            c -> c.releaseSavepoint(savepoint))
                    : savepointControl(StatementEvent.Kind.ROLLBACK_TO_SAVEPOINT, "ROLLBACK TO SAVEPOINT " + savepoint,
                            c -> c.rollbackTransactionToSavepoint(savepoint));
        }

        private void ended(State outcome, @Nullable Throwable error) {
            state.set(outcome);
            if (error == null) {
                ended.tryEmitEmpty();
            } else {
                ended.tryEmitError(error);
            }
            Cleaner.Cleanable w = watch;
            if (w != null) {
                w.clean();
            }
        }

        String describe() {
            return savepoint == null ? "a transaction" : "savepoint " + savepoint;
        }

        QueryException notActive(Statement statement) {
            String what = savepoint == null ? "transaction" : "savepoint " + savepoint;
            String because = endReason == null ? "" : " because " + endReason;
            String why = switch (state.get()) {
                case NEW -> "has not begun";
                case ENDING -> "is ending" + because;
                case COMMITTED -> savepoint == null ? "was committed" : "was released";
                case ROLLED_BACK -> "was rolled back" + because;
                case ACTIVE -> "belongs to a transaction that has ended";
            };
            return new QueryException("the " + what + " " + why + "; it accepts no more statements", statement, null,
                    null);
        }
    }

    /** Rolls back an explicit transaction that became unreachable while open. */
    private record Abandoned(Level level) implements Runnable {
        @Override
        public void run() {
            if (level.state.get() == State.ACTIVE && !level.lease.isReleasing()) {
                LOG.warn("a transaction begun with Database.begin() on {} became unreachable without commit() or "
                        + "rollback(); rolling it back and returning its connection", level.db);
                Detached.run(level.end(false, false, "it was abandoned"), "rolling back an abandoned transaction");
            }
        }
    }
}
