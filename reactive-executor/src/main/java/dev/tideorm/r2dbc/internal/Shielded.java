package dev.tideorm.r2dbc.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
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
 */
final class Shielded<T> extends FluxOperator<T, T> {
    private final Lease.Mode mode;
    private final Runnable onFinished;
    private final Consumer<Throwable> onError;
    private final Consumer<Throwable> onDetachedError;
    private final @Nullable Runnable onDetached;

    Shielded(Flux<? extends T> source, Lease.Mode mode, Runnable onFinished, Consumer<Throwable> onError,
             Consumer<Throwable> onDetachedError, @Nullable Runnable onDetached) {
        super(source);
        this.mode = mode;
        this.onFinished = onFinished;
        this.onError = onError;
        this.onDetachedError = onDetachedError;
        this.onDetached = onDetached;
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        source.subscribe(new ShieldedSubscriber<>(actual, this));
    }

    private static final class ShieldedSubscriber<T> implements CoreSubscriber<T>, Subscription {
        private final CoreSubscriber<? super T> actual;
        private final Shielded<T> parent;
        private final Context context;
        private final AtomicBoolean detached = new AtomicBoolean();
        private final AtomicBoolean finished = new AtomicBoolean();
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
            if (detached.get()) {
                Operators.onDiscard(t, context);
                return;
            }
            actual.onNext(t);
        }

        @Override
        public void onError(Throwable t) {
            parent.onError.accept(t);
            finish();
            if (!detached.get()) {
                actual.onError(t);
            } else if (parent.mode == Lease.Mode.SHIELDED) {
                parent.onDetachedError.accept(t);
            }
        }

        @Override
        public void onComplete() {
            finish();
            if (!detached.get()) {
                actual.onComplete();
            }
        }

        @Override
        public void request(long n) {
            if (!detached.get() && upstream != null) {
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
                if (detached.compareAndSet(false, true)) {
                    s.cancel();
                    finish();
                }
                return;
            }
            if (detached.compareAndSet(false, true) && !finished.get()) {
                Runnable hook = parent.onDetached;
                if (hook != null) {
                    hook.run();
                }
                s.request(Long.MAX_VALUE);
            }
        }

        private void finish() {
            if (finished.compareAndSet(false, true)) {
                parent.onFinished.run();
            }
        }
    }
}
