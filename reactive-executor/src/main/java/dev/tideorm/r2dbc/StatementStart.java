package dev.tideorm.r2dbc;

import dev.tideorm.core.sql.Statement;
import java.util.Objects;
import reactor.util.context.ContextView;

/**
 * A statement about to be sent, as seen by {@link StatementListener#onStart}: what it is, where it runs, and the
 * Reactor context of the subscriber it runs for (where tracing keeps the current span or observation).
 *
 * @param statement     the statement (transaction control as its SQL equivalent, e.g. {@code BEGIN})
 * @param kind          what it does
 * @param inTransaction whether it runs on a transaction's connection
 * @param connectionId  the borrowed connection it runs on: the statements of one transaction, from BEGIN to
 *                      COMMIT or ROLLBACK, share it (a new borrow gets a new id)
 * @param context       the subscriber's Reactor context
 */
public record StatementStart(Statement statement, StatementEvent.Kind kind, boolean inTransaction, long connectionId,
                             ContextView context) {
    public StatementStart {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(context, "context");
    }
}
