package dev.tideorm.r2dbc.internal;

import dev.tideorm.core.error.DbException;
import io.r2dbc.spi.Connection;
import java.time.Duration;
import org.reactivestreams.Publisher;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * The borrowing of a connection as a {@link Lease}, run to its end even if its subscriber cancels. Cancelled,
 * r2dbc-pool gives the connection back to the pool even when it has already emitted it: its cancel handler and its
 * emission race, and nothing orders them. The borrower's {@code usingWhen} then still holds a connection that the
 * pool lends to the next borrower, and two owners share one session (a BEGIN inside the other's transaction, a
 * ROLLBACK that ends it, its next writes autocommitted: a transaction stored by halves). So the cancel never
 * reaches the pool: it detaches the subscriber, the borrow goes on (bounded by the acquire timeout), and a lease
 * that arrives after the cancel, or that the subscriber never takes, goes to {@code orphan}, which gives it back.
 *
 * <p>One subscriber does what {@code defer}, {@code retryWhen}, {@code switchIfEmpty}, {@code onErrorMap}, {@code map},
 * a shield, {@code singleOrEmpty} and {@code doOnDiscard} would: a borrow is on every statement's path.
 */
public final class LeaseAcquire extends Mono<Lease> {
    private static final Logger LOG = LoggerFactory.getLogger(Lease.class);

    /** Where connections come from, in parts. */
    public interface Borrower {
        /** One try at borrowing a connection (subscribed once per try); its errors may be the driver's own. */
        Publisher<? extends Connection> borrowOnce();

        /** Whether the {@code attempt}-th try (from 1) that failed with {@code e} is followed by another. */
        default boolean retryBorrow(Throwable e, int attempt) {
            return false;
        }

        /** A failed borrow that is not TideORM's own error yet, as the error to signal (a {@code ConnectionException}). */
        Throwable borrowFailure(Throwable e);

        /** The error to signal when a try completed without a connection. */
        Throwable noConnection();
    }

    private final Borrower borrower;
    private final Duration drainTimeout;
    private final Consumer<Lease> orphan;

    /**
     * Leases of the connections {@code borrower} lends, each with {@code drainTimeout}; a lease its subscriber
     * did not take goes to {@code orphan}.
     */
    public LeaseAcquire(Borrower borrower, Duration drainTimeout, Consumer<Lease> orphan) {
        this.borrower = borrower;
        this.drainTimeout = drainTimeout;
        this.orphan = orphan;
    }

    @Override
    public void subscribe(CoreSubscriber<? super Lease> actual) {
        AcquireSubscriber s = new AcquireSubscriber(actual, this);
        actual.onSubscribe(s);
        s.borrow();
    }

    private static final class AcquireSubscriber extends Operators.MonoSubscriber<Connection, Lease> {
        private final LeaseAcquire parent;
        private @Nullable Subscription upstream;
        private boolean done;
        private int attempts;

        AcquireSubscriber(CoreSubscriber<? super Lease> actual, LeaseAcquire parent) {
            super(actual);
            this.parent = parent;
        }

        /** One more try: a fresh subscription to the borrower. */
        void borrow() {
            attempts++;
            upstream = null;
            done = false;
            Publisher<? extends Connection> once;
            try {
                once = parent.borrower.borrowOnce();
            } catch (RuntimeException e) {
                onError(e);
                return;
            }
            once.subscribe(this);
        }

        @Override
        public void onSubscribe(Subscription s) {
            if (Operators.validate(upstream, s)) {
                upstream = s;
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(Connection connection) {
            if (done) {
                Operators.onNextDropped(connection, currentContext());
                return;
            }
            done = true;
            // A cancel before or during this hands the lease to discard.
            complete(new Lease(connection, parent.drainTimeout, !connection.isAutoCommit()));
        }

        @Override
        public void onError(Throwable e) {
            if (done) {
                Operators.onErrorDropped(e, currentContext());
                return;
            }
            done = true;
            if (isCancelled()) {
                LOG.debug("borrowing a connection for a subscriber that had cancelled failed", e);
                return;
            }
            boolean again;
            try {
                again = parent.borrower.retryBorrow(e, attempts);
            } catch (RuntimeException failure) {
                e.addSuppressed(failure);
                again = false;
            }
            if (again) {
                borrow();
                return;
            }
            actual.onError(e instanceof DbException ? e : parent.borrower.borrowFailure(e));
        }

        @Override
        public void onComplete() {
            if (!done) {
                done = true;
                if (!isCancelled()) {
                    actual.onError(parent.borrower.noConnection());
                }
            }
        }

        // cancel() is MonoSubscriber's: it detaches the subscriber and never reaches the borrow; a lease that
        // arrives afterwards is discarded here.
        @Override
        protected void discard(@Nullable Lease lease) {
            if (lease != null) {
                parent.orphan.accept(lease);
            }
        }
    }
}
