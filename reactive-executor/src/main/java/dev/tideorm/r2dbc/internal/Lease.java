package dev.tideorm.r2dbc.internal;

import dev.tideorm.core.error.ConnectionException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.CoreSubscriber;
import reactor.core.Scannable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.publisher.Sinks;
import reactor.util.context.ContextView;

/**
 * A connection borrowed from the pool, and what is running on it. Every operation on the connection goes through
 * {@link #run} or {@link #runControl}, which count it while it is in flight, so that whoever gives the connection
 * back (or ends a transaction on it) can first {@linkplain #awaitIdle() wait} until the server has answered.
 *
 * <p>Cancellation is the reason. A subscriber may cancel while BEGIN, a write or COMMIT is on the wire; the driver
 * then finishes that exchange in the background. Returning the connection (or sending ROLLBACK) at that instant
 * would race it: the driver would skip the pool's safety ROLLBACK, a BEGIN could land after it, a write could
 * reach the server after the ROLLBACK and autocommit. So writes and transaction control are <em>shielded</em>: a
 * cancel detaches the subscriber but lets the operation finish (its values are discarded), and only then does the
 * connection count as idle. Reads that stream rows stay cancellable (the driver drains them; a read that lands
 * late changes nothing).
 *
 * <p>{@linkplain Gate Gates} close a scope (the lease, a transaction, a savepoint) to new statements atomically
 * with respect to their start: once a transaction begins to end, a statement is either already counted (and
 * awaited) or refused, never sent after the COMMIT or ROLLBACK. A {@linkplain #barrier barrier} makes statements
 * wait for a savepoint's end that a cancelled subscriber left running.
 */
public final class Lease implements Shielded.Owner {
    private static final Logger LOG = LoggerFactory.getLogger(Lease.class);

    /** How an operation reacts to its subscriber cancelling. */
    public enum Mode {
        /** Cancel reaches the driver (reads). */
        CANCELLABLE,
        /** Cancel detaches the subscriber; the operation runs to its end (writes, transaction control). */
        SHIELDED
    }

    /** A scope that can be closed to new statements; closing a gate closes every gate below it. */
    public static final class Gate {
        private final @Nullable Gate parent;
        private boolean closed;

        private Gate(@Nullable Gate parent) {
            this.parent = parent;
        }

        private boolean isClosed() {
            for (Gate g = this; g != null; g = g.parent) {
                if (g.closed) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final Connection connection;
    private final Duration drainTimeout;
    private final boolean external;
    private final Object lock = new Object();
    private final Gate root = new Gate(null);
    private int inFlight;
    private Sinks.@Nullable Empty<Void> idle;
    private volatile Sinks.@Nullable Empty<Void> barrier;
    private volatile boolean broken;
    private static final AtomicIntegerFieldUpdater<Lease> RELEASING =
            AtomicIntegerFieldUpdater.newUpdater(Lease.class, "releasing");
    private volatile int releasing;
    /** Whether the connection has been given back; {@link #released} is the sink of those who wait for it. */
    private boolean isReleased;                                 // guarded by lock
    private Sinks.@Nullable Empty<Void> released;               // guarded by lock; made for a second releaser only

    /**
     * A lease of {@code connection}. {@code drainTimeout} bounds how long {@link #awaitIdle()} waits for operations
     * whose subscribers went away; after it the connection is considered broken and is discarded on release.
     */
    public Lease(Connection connection, Duration drainTimeout) {
        this(connection, drainTimeout, false);
    }

    /**
     * A lease of {@code connection}; {@code external} when it arrived inside a transaction someone else manages
     * (Spring's, say): TideORM then never commits or rolls that transaction back.
     */
    public Lease(Connection connection, Duration drainTimeout, boolean external) {
        this.connection = connection;
        this.drainTimeout = drainTimeout;
        this.external = external;
    }

    /** Identifies this borrow in statement events ({@code connectionId}). */
    public long id() {
        return id;
    }

    /** Whether the connection came inside a transaction managed elsewhere. */
    public boolean isExternal() {
        return external;
    }

    /** The borrowed connection. */
    public Connection connection() {
        return connection;
    }

    /** The gate of the whole lease; closed when the connection is being returned. */
    public Gate root() {
        return root;
    }

    /** A new gate below {@code parent}. */
    public Gate gate(Gate parent) {
        return new Gate(parent);
    }

    /** Closes {@code gate} (and every gate below it) to new statements. */
    public void close(Gate gate) {
        synchronized (lock) {
            gate.closed = true;
        }
    }

    /**
     * Runs the operation {@code op} makes for the subscriber's context, unless {@code gate} is closed (then it
     * signals {@code refused}'s error without touching the connection). The operation is made once the gate let
     * it through; as a {@link Shielded.Probe} it sees its own signals first. An exception making or starting it
     * is signalled as its error. {@code onDetached} runs when the subscriber of a shielded operation cancels
     * while it is in flight.
     */
    <T> Flux<T> run(Gate gate, Mode mode, Function<ContextView, ? extends Shielded.Op<T>> op,
                    Supplier<? extends Throwable> refused, @Nullable Runnable onDetached) {
        return new Run<>(this, gate, mode, op, refused, onDetached, true);
    }

    /** One subscription of {@link #run}: barrier, gate, count, then the shielded operation, without a defer. */
    private static final class Run<T> extends Flux<T> {
        private final Lease lease;
        private final Gate gate;
        private final Mode mode;
        private final Function<ContextView, ? extends Shielded.Op<T>> op;
        private final Supplier<? extends Throwable> refused;
        private final @Nullable Runnable onDetached;
        private final boolean checkBarrier;

        Run(Lease lease, Gate gate, Mode mode, Function<ContextView, ? extends Shielded.Op<T>> op,
            Supplier<? extends Throwable> refused, @Nullable Runnable onDetached, boolean checkBarrier) {
            this.lease = lease;
            this.gate = gate;
            this.mode = mode;
            this.op = op;
            this.refused = refused;
            this.onDetached = onDetached;
            this.checkBarrier = checkBarrier;
        }

        @Override
        public void subscribe(CoreSubscriber<? super T> actual) {
            Mono<Void> wait = checkBarrier ? lease.pendingBarrier() : null;
            if (wait != null) {
                wait.thenMany(new Run<>(lease, gate, mode, op, refused, onDetached, false)).subscribe(actual);
                return;
            }
            synchronized (lease.lock) {
                if (gate.isClosed()) {
                    Operators.error(actual, refused.get());
                    return;
                }
                lease.inFlight++;
            }
            Shielded.Op<T> o;
            try {
                o = op.apply(actual.currentContext());
            } catch (RuntimeException e) {
                lease.finished();
                Operators.error(actual, e);
                return;
            }
            Publisher<T> source;
            try {
                source = o.start();
            } catch (RuntimeException | Error e) {
                source = Flux.error(e);
            }
            new Shielded<>(Flux.from(source), mode, lease, onDetached, o).subscribe(actual);
        }
    }

    /**
     * Runs a transaction-control operation (BEGIN, COMMIT, ...): shielded, not held by a barrier, and refused
     * (with {@link GateClosed}) only when {@code gate} is given and closed. A savepoint's control statements pass
     * the enclosing transaction's gate, so none is sent once that transaction is ending.
     */
    public <T> Flux<T> runControl(@Nullable Gate gate, Supplier<? extends Publisher<T>> op) {
        return Flux.defer(() -> {
            synchronized (lock) {
                if (gate != null && gate.isClosed()) {
                    return Flux.error(new GateClosed());
                }
                inFlight++;
            }
            return track(op, Mode.SHIELDED, null);
        });
    }

    /** A control operation refused because its gate is closed (the scope it belongs to is ending). */
    public static final class GateClosed extends RuntimeException {
        GateClosed() {
            super("the enclosing transaction is ending", null, false, false);
        }
    }

    private <T> Flux<T> track(Supplier<? extends Publisher<T>> op, Mode mode, @Nullable Runnable onDetached) {
        Publisher<T> source;
        try {
            source = op.get();
        } catch (RuntimeException | Error e) {
            finished();
            throw e;
        }
        return new Shielded<>(Flux.from(source), mode, this, onDetached, Shielded.NONE);
    }

    /** A failure of the connection itself (lost, killed, protocol error) leaves it unusable: it will be discarded. */
    @Override
    public void failed(Throwable e) {
        if (e instanceof ConnectionException) {
            broken = true;
        }
    }

    /** An operation counted by {@link #run} or {@link #runControl} ended (called by its shield, once). */
    @Override
    public void finished() {
        Sinks.Empty<Void> done = null;
        synchronized (lock) {
            if (--inFlight == 0) {
                done = idle;
                idle = null;
            }
        }
        if (done != null) {
            done.tryEmitEmpty();
        }
    }

    /** The error of an operation nobody listens to any more: logged; one that leaves the state unknown breaks the lease. */
    @Override
    public void detachedError(Throwable e) {
        String state = e instanceof R2dbcException r ? r.getSqlState() : null;
        boolean serverAnswered = state != null && !state.startsWith("08") && !state.startsWith("57P0");
        if (!serverAnswered) {
            broken = true;
        }
        LOG.debug("an operation whose subscriber had cancelled failed{}", serverAnswered ? "" : "; the connection will "
                + "be discarded", e);
    }

    /** Whether no operation is in flight right now. */
    public boolean isIdle() {
        synchronized (lock) {
            return inFlight == 0;
        }
    }

    /**
     * Completes when no operation is in flight. After the drain timeout the lease is marked broken and this
     * completes anyway: the connection is then closed rather than reused.
     */
    public Mono<Void> awaitIdle() {
        return Mono.defer(() -> {
            Sinks.Empty<Void> wait;
            synchronized (lock) {
                if (inFlight == 0) {
                    return Mono.empty();
                }
                if (idle == null) {
                    idle = Sinks.empty();
                }
                wait = idle;
            }
            return wait.asMono().timeout(drainTimeout, Mono.fromRunnable(() -> {
                broken = true;
                LOG.warn("an operation on a connection did not finish within {} after its subscriber cancelled; "
                        + "the connection will be closed instead of reused", drainTimeout);
            }));
        });
    }

    /**
     * Makes new statements wait until {@code done} terminates: a savepoint's end that a cancelled subscriber left
     * running must reach the server before the enclosing work goes on.
     */
    public void barrier(Sinks.Empty<Void> done) {
        barrier = done;
    }

    private @Nullable Mono<Void> pendingBarrier() {
        Sinks.Empty<Void> b = barrier;
        if (b == null) {
            return null;
        }
        if (Boolean.TRUE.equals(b.scan(Scannable.Attr.TERMINATED))) {
            barrier = null;
            return null;
        }
        return b.asMono().onErrorResume(e -> Mono.empty());
    }

    /** Marks the connection's state as unknown: it is closed instead of going back to the pool. */
    public void markBroken() {
        broken = true;
    }

    /** Whether the connection must be closed instead of reused. */
    public boolean isBroken() {
        return broken;
    }

    /** Claims the release; true for the first caller only. */
    public boolean startRelease() {
        return RELEASING.compareAndSet(this, 0, 1);
    }

    /** Whether the release has started. */
    public boolean isReleasing() {
        return releasing != 0;
    }

    /** Signals that the connection has been given back (or discarded). */
    public void released() {
        Sinks.Empty<Void> waiting;
        synchronized (lock) {
            isReleased = true;
            waiting = released;
        }
        if (waiting != null) {
            waiting.tryEmitEmpty();
        }
    }

    /** Completes once the connection has been given back. */
    public Mono<Void> whenReleased() {
        synchronized (lock) {
            if (isReleased) {
                return Mono.empty();
            }
            if (released == null) {
                released = Sinks.empty();
            }
            return released.asMono();
        }
    }

    /**
     * {@code work} run to its end even if its subscriber cancels (the cancel only detaches the subscriber): for
     * the end of a transaction and the return of a connection, which must never stop half-way.
     */
    public static Mono<Void> shield(Mono<Void> work) {
        return new Shielded<>(work.flux(), Mode.SHIELDED, CLEAN_UP, null, Shielded.NONE).then();
    }

    /** The owner of a clean-up shielded on its own: only its late failure is worth a line in the log. */
    private static final Shielded.Owner CLEAN_UP = new Shielded.Owner() {
        @Override
        public void finished() {
        }

        @Override
        public void failed(Throwable e) {
        }

        @Override
        public void detachedError(Throwable e) {
            LOG.debug("clean-up whose subscriber had cancelled failed", e);
        }
    };
}
