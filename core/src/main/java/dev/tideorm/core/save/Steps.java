package dev.tideorm.core.save;

import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Running steps one after the other, without a {@code Flux} pipeline for the common case of one step. */
final class Steps {
    private Steps() {
    }

    /**
     * {@code step} of each item in order, each subscribed when the previous one completed; the first error stops
     * the rest. Every step is created on subscription, never at assembly (hooks before it may change its input).
     */
    static <T> Mono<Void> inOrder(List<T> items, Function<? super T, ? extends Mono<Void>> step) {
        return switch (items.size()) {
            case 0 -> Mono.empty();
            case 1 -> Mono.defer(() -> step.apply(items.get(0)));
            default -> Flux.fromIterable(items).concatMap(step).then();
        };
    }
}
