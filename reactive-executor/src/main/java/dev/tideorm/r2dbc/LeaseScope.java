package dev.tideorm.r2dbc;

import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.r2dbc.internal.Lease;
import dev.tideorm.r2dbc.internal.StatementExecutor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * Work on a borrowed connection, outside any transaction: borrow, run, give back, and on a lost connection run
 * again. One subscriber per subscription does what {@code deferContextual}, {@code usingWhen} and a retry guard
 * would (a single statement's whole path goes through here).
 *
 * <ul>
 *   <li><b>Joining.</b> When the subscriber's context holds a transaction of this database, the work goes to it
 *       ({@code inTransaction}) and nothing is borrowed.</li>
 *   <li><b>Release.</b> The connection is given back ({@link R2dbcDatabase#release}) however the work ends; the
 *       subscriber sees the work's completion or error only once it is back. A cancel cancels the work and gives
 *       the connection back without waiting (the release is shielded: it runs to its end). A cancel while
 *       borrowing never reaches the pool (see {@code LeaseAcquire}): a connection arriving afterwards goes back.</li>
 *   <li><b>Retry.</b> The work runs again on another connection (at most {@code maxSize} times) when the
 *       connection was lost before the statement answered and that is sure to be safe: nothing was emitted yet,
 *       and either the server said it terminated the session before answering (SQLSTATE 57P01-57P03: the
 *       statement did not run) or the work only reads. A dead connection can pass validation in the instant
 *       between the server closing it and the driver noticing. Never on a connection of a transaction managed
 *       elsewhere, as another connection is outside that transaction.</li>
 * </ul>
 */
final class LeaseScope<T> extends Flux<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final R2dbcDatabase db;
    /** The one statement run, or null for a read session (which only reads). */
    private final @Nullable Statement statement;
    private final Function<Lease, ? extends Publisher<T>> work;
    private final Function<R2dbcTransaction, ? extends Publisher<T>> inTransaction;

    LeaseScope(R2dbcDatabase db, @Nullable Statement statement, Function<Lease, ? extends Publisher<T>> work,
               Function<R2dbcTransaction, ? extends Publisher<T>> inTransaction) {
        this.db = db;
        this.statement = statement;
        this.work = work;
        this.inTransaction = inTransaction;
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        Context context = actual.currentContext();
        R2dbcTransaction tx = db.joined(context);
        if (tx != null) {
            Publisher<T> joined;
            try {
                joined = inTransaction.apply(tx);
            } catch (RuntimeException e) {
                Operators.error(actual, e);
                return;
            }
            joined.subscribe(actual);
            return;
        }
        Scope s = new Scope(actual, context);
        actual.onSubscribe(s);
        s.borrow();
    }

    private static final int BORROWING = 0;
    private static final int WORKING = 1;
    private static final int RELEASING = 2;

    /**
     * One subscription: the subscriber of the work, whose values pass straight through. Phase changes and the
     * cancel are ordered by the monitor; signals of one phase are serial. A retry only ever follows an attempt
     * that emitted nothing, so the next attempt is owed exactly what was requested so far.
     */
    private final class Scope implements CoreSubscriber<T>, Subscription {
        private final CoreSubscriber<? super T> actual;
        private final Context context;
        private int phase;                                  // guarded by this
        private boolean cancelled;                          // guarded by this
        private long requested;                             // guarded by this
        /** The subscription of the borrow or the release in progress (never both at once). */
        private @Nullable Subscription side;                // guarded by this
        private @Nullable Subscription working;             // guarded by this
        private @Nullable Lease lease;                      // guarded by this
        private boolean emitted;                            // written and read by the work's serial signals
        private int retries;

        Scope(CoreSubscriber<? super T> actual, Context context) {
            this.actual = actual;
            this.context = context;
        }

        @Override
        public Context currentContext() {
            return context;
        }

        // ---- borrow ----

        void borrow() {
            synchronized (this) {
                phase = BORROWING;
                lease = null;
                working = null;
            }
            db.acquire().subscribe(new Borrowed());
        }

        /**
         * Keeps the subscription of a borrow or a release so that a cancel reaches it, or cancels it at once when the
         * cancel came first. Either way the cancel only detaches: the borrow goes on and a connection that still
         * arrives goes back (LeaseAcquire); a release runs to its end.
         */
        private void hold(Subscription s) {
            boolean c;
            synchronized (this) {
                c = cancelled;
                if (!c) {
                    side = s;
                }
            }
            if (c) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        /** A subscriber of the borrow or the release: its subscription is held so that a cancel reaches it. */
        private abstract class Side<V> implements CoreSubscriber<V> {
            @Override
            public final Context currentContext() {
                return context;
            }

            @Override
            public final void onSubscribe(Subscription s) {
                hold(s);
            }
        }

        /** The subscriber of one borrow. */
        private final class Borrowed extends Side<Lease> {

            @Override
            public void onNext(Lease l) {
                boolean c;
                synchronized (Scope.this) {
                    side = null;                // a Mono: nothing to cancel once it has emitted
                    c = cancelled;
                    if (!c) {
                        phase = WORKING;
                        lease = l;
                    }
                }
                if (c) {
                    db.releaseDetached(l);
                    return;
                }
                run(l);
            }

            @Override
            public void onError(Throwable e) {
                boolean c;
                synchronized (Scope.this) {
                    side = null;
                    c = cancelled;
                }
                if (!c) {
                    actual.onError(e);          // LeaseAcquire signals nothing after a cancel
                }
            }

            @Override
            public void onComplete() {
                // A lease came before, or LeaseAcquire signalled the error of an empty borrow.
            }
        }

        // ---- work ----

        private void run(Lease l) {
            Publisher<T> p;
            try {
                p = work.apply(l);
            } catch (RuntimeException e) {
                onError(e);
                return;
            }
            p.subscribe(this);
        }

        @Override
        public void onSubscribe(Subscription s) {
            long r;
            boolean c;
            synchronized (this) {
                c = cancelled;
                r = requested;
                if (!c) {
                    working = s;
                }
            }
            if (c) {
                s.cancel();         // the cancel has already given the connection back
            } else if (r > 0) {
                s.request(r);
            }
        }

        @Override
        public void onNext(T t) {
            emitted = true;
            actual.onNext(t);
        }

        @Override
        public void onError(Throwable e) {
            Lease l = endWork();
            if (l == null) {
                // Cancelled: the statement's own end (refused by the closing lease, say) interests nobody.
                LOG.debug("work on a connection whose subscriber had cancelled failed", e);
                return;
            }
            boolean again = !emitted && retries < db.options().maxSize() && again(l, e);
            giveBack(l, () -> {
                if (again) {
                    retries++;
                    LOG.debug("the connection of {} was lost before it answered; running the work again on "
                            + "another connection", db, e);
                    borrow();
                } else {
                    actual.onError(e);
                }
            });
        }

        @Override
        public void onComplete() {
            Lease l = endWork();
            if (l != null) {
                giveBack(l, actual::onComplete);
            }
        }

        /** The lease of the work that just ended, or null when a cancel already took it back. */
        private @Nullable Lease endWork() {
            synchronized (this) {
                working = null;
                if (cancelled) {
                    return null;
                }
                phase = RELEASING;
                return lease;
            }
        }

        private boolean again(Lease l, Throwable e) {
            return !l.isExternal() && e instanceof ConnectionException c && c.statement() != null
                    && (String.valueOf(c.sqlState()).startsWith("57P0")
                    || statement == null || StatementExecutor.isRead(statement));
        }

        // ---- release ----

        private void giveBack(Lease l, Runnable then) {
            db.release(l).subscribe(new Released(then));
        }

        /** The subscriber of the release that ends an attempt; {@code then} follows it unless cancelled. */
        private final class Released extends Side<Void> {
            private final Runnable then;

            Released(Runnable then) {
                this.then = then;
            }

            @Override
            public void onNext(Void v) {
            }

            @Override
            public void onError(Throwable e) {
                // A release logs its own failures; this one is the error of waiting for another's release.
                LOG.warn("returning a connection to {} failed", db, e);
                onComplete();
            }

            @Override
            public void onComplete() {
                synchronized (Scope.this) {
                    side = null;
                    if (cancelled) {
                        return;
                    }
                }
                then.run();
            }
        }

        // ---- subscription ----

        @Override
        public void request(long n) {
            if (!Operators.validate(n)) {
                return;
            }
            Subscription s;
            synchronized (this) {
                requested = Operators.addCap(requested, n);
                s = working;
            }
            if (s != null) {
                s.request(n);           // an ended attempt ignores it; the next one is given the total
            }
        }

        @Override
        public void cancel() {
            Subscription s;
            Lease l = null;
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                cancelled = true;
                if (phase == WORKING) {
                    s = working;
                    l = lease;
                } else {
                    s = side;                   // the borrow or the release: detached, they run to their end
                }
            }
            if (s != null) {
                s.cancel();
            }
            if (l != null) {
                db.releaseDetached(l);
            }
        }
    }
}
