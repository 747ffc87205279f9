package dev.tideorm.r2dbc.internal;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * Clean-up that must not stop half-way (giving a connection back): it runs to its end even if its subscriber
 * cancels, a failure goes to {@code onError} (logged there) instead of the subscriber, and {@code done} runs once
 * it has ended either way. One subscriber where {@code onErrorResume}, {@code doFinally} and a shield would take
 * three operators.
 */
public final class Settle extends Mono<Void> {
    private final Publisher<Void> work;
    private final Runnable done;
    private final Consumer<Throwable> onError;

    /** {@code work}, settled as the class comment says. */
    public Settle(Publisher<Void> work, Runnable done, Consumer<Throwable> onError) {
        this.work = work;
        this.done = done;
        this.onError = onError;
    }

    @Override
    public void subscribe(CoreSubscriber<? super Void> actual) {
        work.subscribe(new SettleSubscriber(actual, this));
    }

    private static final class SettleSubscriber implements CoreSubscriber<Void>, Subscription {
        private final CoreSubscriber<? super Void> actual;
        private final Settle parent;
        private @Nullable Subscription upstream;
        private volatile boolean detached;
        private boolean ended;

        SettleSubscriber(CoreSubscriber<? super Void> actual, Settle parent) {
            this.actual = actual;
            this.parent = parent;
        }

        @Override
        public reactor.util.context.Context currentContext() {
            return actual.currentContext();
        }

        @Override
        public void onSubscribe(Subscription s) {
            if (Operators.validate(upstream, s)) {
                upstream = s;
                actual.onSubscribe(this);
                s.request(Long.MAX_VALUE);      // no values: nothing to wait for demand
            }
        }

        @Override
        public void onNext(Void v) {
        }

        @Override
        public void onError(Throwable e) {
            if (ended) {
                return;
            }
            ended = true;
            try {
                parent.onError.accept(e);
            } finally {
                end();
            }
        }

        @Override
        public void onComplete() {
            if (ended) {
                return;
            }
            ended = true;
            end();
        }

        private void end() {
            parent.done.run();
            if (!detached) {
                actual.onComplete();
            }
        }

        @Override
        public void request(long n) {
        }

        /** Detaches the subscriber; the work goes on. */
        @Override
        public void cancel() {
            detached = true;
        }
    }
}
