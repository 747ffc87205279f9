package dev.tideorm.r2dbc.internal;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxOperator;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * An operation on a connection whose end is reported exactly once ({@code onFinished}; an error is seen by
 * {@code onError} first), and which, when
 * {@linkplain Lease.Mode#SHIELDED shielded}, survives its subscriber's cancel: the cancel detaches the subscriber,
 * the operation is then requested to its end and its values are discarded, and an error it signals afterwards
 * goes to {@code onDetachedError}. A {@linkplain Lease.Mode#CANCELLABLE cancellable} one passes the cancel on.
 * A {@link Probe} sees every signal first (it counts rows, translates errors and times the operation): one
 * subscriber does what would otherwise take a chain of peeking operators.
 */
final class Shielded<T> extends FluxOperator<T, T> {
    /** What an operation reports of its signals; called before the subscriber sees them. */
    interface Probe {
        /** A value arrived (passed on or, once detached, discarded). */
        void onNext(Object value);

        /** The operation failed; returns the error to signal instead (a translation), or {@code e}. */
        Throwable onError(Throwable e);

        /** The operation completed. */
        void onComplete();

        /** A cancellable operation was cancelled. */
        void onCancel();
    }

    /** Who hears how a shielded operation ended (the lease it runs on). */
    interface Owner {
        /** The operation ended (once, however it ended). */
        void finished();

        /** The operation failed with {@code e} (already probed), before {@link #finished}. */
        void failed(Throwable e);

        /** The operation failed after its subscriber had detached (shielded operations only). */
        void detachedError(Throwable e);
    }

    /** An operation of its own, a {@link Probe} that also starts it: made once per subscription. */
    interface Op<T> extends Probe {
        /** Starts the operation (called once, right after the probe was made). */
        Publisher<T> start();
    }

    /** A probe that sees nothing. */
    static final Probe NONE = new Probe() {
        @Override
        public void onNext(Object value) {
        }

        @Override
        public Throwable onError(Throwable e) {
            return e;
        }

        @Override
        public void onComplete() {
        }

        @Override
        public void onCancel() {
        }
    };

    private final Lease.Mode mode;
    private final Owner owner;
    private final @Nullable Runnable onDetached;
    private final Probe probe;

    /** {@code source} run for {@code owner}; {@code onDetached} runs when a shielded one's subscriber cancels in flight. */
    Shielded(Flux<? extends T> source, Lease.Mode mode, Owner owner, @Nullable Runnable onDetached, Probe probe) {
        super(source);
        this.mode = mode;
        this.owner = owner;
        this.onDetached = onDetached;
        this.probe = probe;
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        source.subscribe(new ShieldedSubscriber<>(actual, this));
    }

    private static final class ShieldedSubscriber<T> implements CoreSubscriber<T>, Subscription {
        private final CoreSubscriber<? super T> actual;
        private final Shielded<T> parent;
        private final Context context;
        @SuppressWarnings("rawtypes")
        private static final AtomicIntegerFieldUpdater<ShieldedSubscriber> DETACHED =
                AtomicIntegerFieldUpdater.newUpdater(ShieldedSubscriber.class, "detached");
        @SuppressWarnings("rawtypes")
        private static final AtomicIntegerFieldUpdater<ShieldedSubscriber> FINISHED =
                AtomicIntegerFieldUpdater.newUpdater(ShieldedSubscriber.class, "finished");
        // field updaters rather than two AtomicBooleans: one subscriber per statement, nothing more allocated
        private volatile int detached;
        private volatile int finished;
        private @Nullable Subscription upstream;

        ShieldedSubscriber(CoreSubscriber<? super T> actual, Shielded<T> parent) {
            this.actual = actual;
            this.parent = parent;
            this.context = actual.currentContext();
        }

        @Override
        public Context currentContext() {
            return context;
        }

        @Override
        public void onSubscribe(Subscription s) {
            if (Operators.validate(upstream, s)) {
                upstream = s;
                actual.onSubscribe(this);
            }
        }

        @Override
        public void onNext(T t) {
            parent.probe.onNext(t);
            if (detached != 0) {
                Operators.onDiscard(t, context);
                return;
            }
            actual.onNext(t);
        }

        @Override
        public void onError(Throwable error) {
            Throwable t = parent.probe.onError(error);
            parent.owner.failed(t);
            finish();
            if (detached == 0) {
                actual.onError(t);
            } else if (parent.mode == Lease.Mode.SHIELDED) {
                parent.owner.detachedError(t);
            }
        }

        @Override
        public void onComplete() {
            parent.probe.onComplete();
            finish();
            if (detached == 0) {
                actual.onComplete();
            }
        }

        @Override
        public void request(long n) {
            if (detached == 0 && upstream != null) {
                upstream.request(n);
            }
        }

        @Override
        public void cancel() {
            Subscription s = upstream;
            if (s == null) {
                return;
            }
            if (parent.mode == Lease.Mode.CANCELLABLE) {
                if (DETACHED.compareAndSet(this, 0, 1)) {
                    s.cancel();
                    parent.probe.onCancel();
                    finish();
                }
                return;
            }
            if (DETACHED.compareAndSet(this, 0, 1) && finished == 0) {
                Runnable hook = parent.onDetached;
                if (hook != null) {
                    hook.run();
                }
                s.request(Long.MAX_VALUE);
            }
        }

        private void finish() {
            if (FINISHED.compareAndSet(this, 0, 1)) {
                parent.owner.finished();
            }
        }
    }
}
