package dev.tideorm.r2dbc.internal;

import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.QueryException;
import dev.tideorm.core.error.TooManyParametersException;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import dev.tideorm.r2dbc.StatementEvent;
import dev.tideorm.r2dbc.StatementListener;
import dev.tideorm.r2dbc.StatementStart;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Runs statements on a given connection: binds the values by index (typed NULLs with {@code bindNull}), asks
 * for generated values where the dialect has no RETURNING, reads every {@code Result} exactly once, translates
 * driver errors once (here, the executor boundary), and reports each statement to the SQL log
 * ({@code dev.tideorm.sql}, DEBUG) and to the {@link StatementListener}s. It never acquires or releases
 * connections: the caller scopes them.
 */
public final class StatementExecutor {
    private static final StatementListener.Finish[] NONE = new StatementListener.Finish[0];
    /** The SQL log: one DEBUG line per finished statement, with its elapsed time. */
    public static final Logger SQL_LOG = LoggerFactory.getLogger("dev.tideorm.sql");
    private static final Logger LOG = LoggerFactory.getLogger(StatementExecutor.class);
    private static final AtomicIntegerFieldUpdater<Trace> FINISHED =
            AtomicIntegerFieldUpdater.newUpdater(Trace.class, "finished");

    private final Backend backend;
    private final Dialect dialect;
    private final List<StatementListener> listeners;
    /** The kind of the last statement run: statements rendered once per shape repeat the very same SQL string. */
    private volatile @Nullable KindOf lastKind;

    private record KindOf(String sql, StatementEvent.Kind kind) {
    }

    /** An executor for {@code backend}'s driver, rendering in {@code dialect}, reporting to {@code listeners}. */
    public StatementExecutor(Backend backend, Dialect dialect, List<StatementListener> listeners) {
        this.backend = backend;
        this.dialect = dialect;
        this.listeners = List.copyOf(listeners);
    }

    /** The driver specifics: value binding and reading, error translation. */
    public Backend backend() {
        return backend;
    }

    /** The dialect statements are rendered in. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Runs a statement that returns rows on the lease's connection, inside {@code gate}, and maps them as the
     * subscriber requests them. Rows of a write with {@link Statement#generatedColumns()} come from RETURNING (in
     * the SQL) or, on a dialect without it, from {@code returnGeneratedValues}. A read is cancellable; a write is
     * shielded (see {@link Lease}), and {@code onDetached} runs when its subscriber cancels while it is in flight.
     */
    public <T> Flux<T> query(Lease lease, Lease.Gate gate, Statement statement, RowMapper<T> mapper,
                             boolean inTransaction, Supplier<? extends Throwable> refused,
                             @Nullable Runnable onDetached) {
        StatementEvent.Kind kind = kindOf(statement.sql());
        return lease.run(gate, mode(statement, kind), ctx -> new Rows<>(statement, kind, inTransaction, lease, ctx,
                mapper), refused, onDetached);
    }

    /**
     * Runs a statement on the lease's connection, inside {@code gate}, and emits the number of rows it affected
     * (summed over its results); shielded like a write of {@link #query}.
     */
    public Mono<Long> execute(Lease lease, Lease.Gate gate, Statement statement, boolean inTransaction,
                              Supplier<? extends Throwable> refused, @Nullable Runnable onDetached) {
        StatementEvent.Kind kind = kindOf(statement.sql());
        return lease.run(gate, mode(statement, kind), ctx -> new Count(statement, kind, inTransaction, lease, ctx),
                refused, onDetached).singleOrEmpty();
    }

    /**
     * Runs a transaction control call of the R2DBC SPI ({@code beginTransaction}, {@code createSavepoint}, ...) on
     * the lease's connection, reported as {@code sql} of the given kind. Shielded; refused with
     * {@link Lease.GateClosed} only when {@code gate} is given and closed (see {@link Lease#runControl}).
     */
    public Mono<Void> control(Lease lease, Lease.@Nullable Gate gate, StatementEvent.Kind kind, String sql,
                              Function<Connection, ? extends Publisher<Void>> action) {
        return lease.runControl(gate, () -> Mono.deferContextual(ctx -> {
            Statement statement = Statement.of(sql);
            Trace trace = new Trace(statement, kind, true, lease.id(), ctx, false);
            return Mono.defer(() -> Mono.from(action.apply(lease.connection())))
                    .onErrorMap(e -> translate(e, statement))
                    .doOnSuccess(v -> trace.finish(StatementEvent.Outcome.SUCCESS, null))
                    .doOnError(e -> trace.finish(StatementEvent.Outcome.ERROR, e))
                    .doOnCancel(() -> trace.finish(StatementEvent.Outcome.CANCELLED, null));
        })).then();
    }

    /** {@link StatementEvent.Kind#of}, remembered for the last SQL string seen (compared by identity). */
    private StatementEvent.Kind kindOf(String sql) {
        KindOf last = lastKind;
        if (last != null && last.sql() == sql) {
            return last.kind();
        }
        StatementEvent.Kind kind = StatementEvent.Kind.of(sql);
        lastKind = new KindOf(sql, kind);
        return kind;
    }

    /**
     * Reads are cancellable; anything that may write (including {@code WITH}, which can hold a data-modifying
     * CTE, and any statement returning generated values) is shielded.
     */
    static Lease.Mode mode(Statement statement, StatementEvent.Kind kind) {
        return isRead(statement, kind) ? Lease.Mode.CANCELLABLE : Lease.Mode.SHIELDED;
    }

    /** Whether the statement only reads: a SELECT (not a WITH, which may hold a data-modifying CTE). */
    public static boolean isRead(Statement statement) {
        return isRead(statement, StatementEvent.Kind.of(statement.sql()));
    }

    private static boolean isRead(Statement statement, StatementEvent.Kind kind) {
        if (kind != StatementEvent.Kind.SELECT || !statement.generatedColumns().isEmpty()) {
            return false;
        }
        String sql = statement.sql().stripLeading();
        return !sql.regionMatches(true, 0, "WITH", 0, 4);
    }

    /**
     * A driver error as a {@link DbException}; TideORM's own and the caller's exceptions pass unchanged, except
     * that a {@link TypeConversionException} raised while reading a row (by the row reader or a column's
     * converter, which do not know the statement) gets the statement attached.
     */
    public Throwable translate(Throwable e, @Nullable Statement statement) {
        if (e instanceof R2dbcException r) {
            return backend.errors().translate(r, statement);
        }
        if (e instanceof TypeConversionException t && t.statement() == null && statement != null) {
            TypeConversionException withSql = new TypeConversionException(t.getMessage(), statement, t.sqlState(),
                    t.getCause());
            withSql.setStackTrace(t.getStackTrace());
            return withSql;
        }
        return e;
    }

    /**
     * Creates, binds and executes the statement. A driver that refuses it synchronously with something other
     * than an {@code R2dbcException} (a bind count mismatch, say) is reported as a {@link QueryException}.
     */
    private Publisher<? extends Result> start(Connection conn, Statement statement, boolean wantRows) {
        int limit = dialect.maxBindParameters();
        if (statement.binds().size() > limit) {
            // Sent anyway, PostgreSQL answers with a protocol error that reads as a lost connection (08P01).
            throw new TooManyParametersException("the statement binds " + statement.binds().size()
                    + " parameters; " + dialect.name() + " accepts at most " + limit, statement,
                    statement.binds().size(), limit);
        }
        Publisher<? extends Result> results;
        try {
            results = prepare(conn, statement, wantRows).execute();
        } catch (DbException | R2dbcException e) {
            throw e;
        } catch (RuntimeException e) {
            throw refused(statement, e);
        }
        // Only errors of the execution itself: those of reading a Result (and of mappers) come from inside it.
        return Flux.from(results).onErrorMap(e -> !(e instanceof DbException || e instanceof R2dbcException),
                e -> refused(statement, e));
    }

    private static QueryException refused(Statement statement, Throwable e) {
        return new QueryException("the driver refused the statement: " + e.getClass().getSimpleName() + ": "
                + e.getMessage(), statement, null, e);
    }

    private io.r2dbc.spi.Statement prepare(Connection conn, Statement statement, boolean wantRows) {
        io.r2dbc.spi.Statement s = conn.createStatement(statement.sql());
        List<Value> binds = statement.binds();
        for (int i = 0; i < binds.size(); i++) {
            Value v = binds.get(i);
            try {
                if (v.isNull()) {
                    s.bindNull(i, backend.nullType(v));
                } else {
                    s.bind(i, backend.toDriver(v));
                }
            } catch (IndexOutOfBoundsException e) {
                throw new QueryException("cannot bind parameter $" + (i + 1) + " of " + binds.size()
                        + ": the SQL has fewer bind markers (" + e.getMessage() + ")", statement, null, e);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // The driver's message may quote the value (r2dbc-postgresql does): only its type is named.
                throw new TypeConversionException("cannot bind parameter $" + (i + 1) + " of type "
                        + v.type().getSimpleName() + " (" + v.sqlType() + "): the driver refused it ("
                        + e.getClass().getSimpleName() + ")", statement, null, e);
            }
        }
        if (wantRows && !statement.generatedColumns().isEmpty() && !dialect.supportsReturning()) {
            s.returnGeneratedValues(statement.generatedColumns().toArray(String[]::new));
        }
        return s;
    }

    /**
     * Timing and row count of one execution, reported once when it ends; as the execution's probe it also
     * translates its error (see {@link #translate}).
     */
    private class Trace implements Shielded.Probe {
        final Statement statement;
        private final StatementEvent.Kind kind;
        private final boolean inTransaction;
        private final long connectionId;
        private final long start = System.nanoTime();
        private final boolean counted;
        private long rows;
        private volatile int finished;
        private final StatementListener.@Nullable Finish[] started;

        /** {@code counted}: the execution emits its row count (else one value per row). */
        Trace(Statement statement, StatementEvent.Kind kind, boolean inTransaction, long connectionId,
              ContextView context, boolean counted) {
            this.statement = statement;
            this.kind = kind;
            this.inTransaction = inTransaction;
            this.connectionId = connectionId;
            this.counted = counted;
            this.started = listeners.isEmpty() ? NONE : start(context);
        }

        @Override
        public void onNext(Object value) {
            if (counted) {
                rows = (Long) value;
            } else {
                rows++;
            }
        }

        @Override
        public Throwable onError(Throwable e) {
            Throwable translated = translate(e, statement);
            finish(StatementEvent.Outcome.ERROR, translated);
            return translated;
        }

        @Override
        public void onComplete() {
            finish(StatementEvent.Outcome.SUCCESS, null);
        }

        @Override
        public void onCancel() {
            finish(StatementEvent.Outcome.CANCELLED, null);
        }

        private StatementListener.@Nullable Finish[] start(ContextView context) {
            StatementStart event = new StatementStart(statement, kind, inTransaction, connectionId, context);
            StatementListener.Finish[] out = new StatementListener.Finish[listeners.size()];
            for (int i = 0; i < out.length; i++) {
                try {
                    out[i] = listeners.get(i).onStart(event);
                } catch (RuntimeException e) {
                    LOG.warn("StatementListener {} failed on start; ignored", listeners.get(i), e);
                }
            }
            return out;
        }

        void finish(StatementEvent.Outcome outcome, @Nullable Throwable error) {
            if (!FINISHED.compareAndSet(this, 0, 1)) {
                return;
            }
            long nanos = System.nanoTime() - start;
            if (SQL_LOG.isDebugEnabled()) {
                // Runs on the driver's event loop: plain arithmetic, no String.format.
                String ms = nanos / 1_000_000 + "." + (char) ('0' + nanos / 100_000 % 10)
                        + (char) ('0' + nanos / 10_000 % 10) + (char) ('0' + nanos / 1_000 % 10);
                String where = inTransaction ? " [tx]" : "";
                switch (outcome) {
                    case SUCCESS -> SQL_LOG.debug("{} ms, {} rows{}: {}", ms, rows, where, statement.sql());
                    case CANCELLED -> SQL_LOG.debug("{} ms, cancelled after {} rows{}: {}", ms, rows, where,
                            statement.sql());
                    case ERROR -> SQL_LOG.debug("{} ms, failed ({}){}: {}", ms,
                            error == null ? "?" : error.getClass().getSimpleName(), where, statement.sql());
                }
            }
            if (listeners.isEmpty()) {
                return;
            }
            StatementEvent event = new StatementEvent(statement, kind, Duration.ofNanos(nanos), rows, outcome, error,
                    inTransaction, connectionId);
            for (int i = 0; i < listeners.size(); i++) {
                StatementListener l = listeners.get(i);
                try {
                    StatementListener.Finish f = started[i];
                    if (f != null) {
                        f.finish(event);
                    }
                    l.onStatement(event);
                } catch (RuntimeException e) {
                    LOG.warn("StatementListener {} failed; ignored", l, e);
                }
            }
        }
    }

    /**
     * One subscription of {@link #query}: starts the statement, maps its rows (one reader for all of them) and
     * traces it. One object where a supplier, a mapping lambda and a reader per result would be.
     */
    private final class Rows<T> extends Trace implements Shielded.Op<T>, BiFunction<Row, RowMetadata, T> {
        private final Lease lease;
        private final RowMapper<T> mapper;
        private final R2dbcRowReader reader = new R2dbcRowReader(backend);

        Rows(Statement statement, StatementEvent.Kind kind, boolean inTransaction, Lease lease, ContextView context,
             RowMapper<T> mapper) {
            super(statement, kind, inTransaction, lease.id(), context, false);
            this.lease = lease;
            this.mapper = mapper;
        }

        @Override
        public Publisher<T> start() {
            return Flux.from(StatementExecutor.this.start(lease.connection(), statement, true))
                    .concatMap(result -> result.map(this));
        }

        /** One row. */
        @Override
        public T apply(Row row, RowMetadata metadata) {
            T value = mapper.map(reader.at(row, metadata));
            if (value == null) {
                throw new NullPointerException("the RowMapper returned null for a row of: " + statement.sql());
            }
            return value;
        }
    }

    /** One subscription of {@link #execute}: starts the statement, sums its row counts and traces it. */
    private final class Count extends Trace implements Shielded.Op<Long> {
        private final Lease lease;

        Count(Statement statement, StatementEvent.Kind kind, boolean inTransaction, Lease lease, ContextView context) {
            super(statement, kind, inTransaction, lease.id(), context, true);
            this.lease = lease;
        }

        @Override
        public Publisher<Long> start() {
            return Flux.from(StatementExecutor.this.start(lease.connection(), statement, false))
                    .concatMap(Result::getRowsUpdated).reduce(0L, Long::sum);
        }
    }
}
