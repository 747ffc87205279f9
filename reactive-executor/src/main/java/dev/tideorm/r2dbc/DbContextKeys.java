package dev.tideorm.r2dbc;

import java.util.Optional;
import reactor.util.context.ContextView;

/**
 * The keys TideORM reads from and writes to the Reactor {@link reactor.util.context.Context}. They are
 * written only at the edges, with {@code contextWrite}; library code reads them with
 * {@code Mono.deferContextual}. Never a {@code ThreadLocal}.
 */
public final class DbContextKeys {
    /**
     * The current {@link Transaction}. {@link Database#transaction} puts it in the context of the work it
     * runs, so that code inside that work which uses the plain {@link Database} handle joins the transaction
     * (the habit of WebFlux code written for {@code @Transactional}): its statements run on the transaction's
     * connection and a nested {@code transaction(...)} becomes a savepoint. Only the database that opened the
     * transaction joins it.
     */
    public static final Object TRANSACTION = new Key("dev.tideorm.transaction");

    private DbContextKeys() {
    }

    /** The transaction in {@code context}, if any. */
    public static Optional<Transaction> currentTransaction(ContextView context) {
        return context.getOrEmpty(TRANSACTION).filter(Transaction.class::isInstance).map(Transaction.class::cast);
    }

    /** A context key that prints its name and is equal only to itself. */
    private record Key(String name) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
