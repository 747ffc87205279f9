package dev.tideorm.r2dbc;

import dev.tideorm.core.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finished statement, as seen by a {@link StatementListener}.
 *
 * @param statement     the statement: SQL text with bind markers and the bound values. Transaction control
 *                      calls made through the R2DBC SPI appear as their SQL equivalent ({@code BEGIN},
 *                      {@code COMMIT}, {@code SAVEPOINT tide_sp_1}, ...) with no values
 * @param kind          what the statement does, from its leading keyword
 * @param elapsed       from subscription to the terminal signal (for a query this includes the time the
 *                      subscriber took to request and consume rows)
 * @param rows          rows emitted by a query, or rows affected by a write executed for its count
 * @param outcome       how it ended
 * @param error         the error it failed with ({@link Outcome#ERROR} only), already translated
 * @param inTransaction whether it ran on a transaction's connection
 * @param connectionId  the borrowed connection it ran on (see {@link StatementStart#connectionId()})
 */
public record StatementEvent(Statement statement, Kind kind, Duration elapsed, long rows, Outcome outcome,
                             @Nullable Throwable error, boolean inTransaction, long connectionId) {

    /** An event without a connection id (0). */
    public StatementEvent(Statement statement, Kind kind, Duration elapsed, long rows, Outcome outcome,
                          @Nullable Throwable error, boolean inTransaction) {
        this(statement, kind, elapsed, rows, outcome, error, inTransaction, 0);
    }

    public StatementEvent {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The SQL text of the statement (bind markers, never values). */
    public String sql() {
        return statement.sql();
    }

    /** Whether this is BEGIN, COMMIT, ROLLBACK or a savepoint operation. */
    public boolean isTransactionControl() {
        return kind.isTransactionControl();
    }

    /** How a statement ended. */
    public enum Outcome {
        /** Completed normally. */
        SUCCESS,
        /** Failed; {@link StatementEvent#error()} says why. */
        ERROR,
        /** The subscriber cancelled before the statement completed (e.g. a stream cut short). */
        CANCELLED
    }

    /** What a statement does. */
    public enum Kind {
        SELECT, INSERT, UPDATE, DELETE, MERGE,
        /** CREATE, ALTER, DROP, TRUNCATE, COMMENT. */
        DDL,
        /** Anything else (SET, SHOW, CALL, ...). */
        OTHER,
        BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE_SAVEPOINT, ROLLBACK_TO_SAVEPOINT;

        /** Whether this kind is a transaction control operation. */
        public boolean isTransactionControl() {
            return ordinal() >= BEGIN.ordinal();
        }

        /**
         * The kind of a SQL text, from its first keyword; a leading {@code WITH} (CTE) or {@code VALUES}
         * counts as a SELECT, {@code WITH ... INSERT} still as a SELECT (the caller knows better).
         */
        public static Kind of(String sql) {
            // Runs for every statement: compares in place, allocating nothing.
            int start = firstWord(sql);
            int end = start;
            while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
                end++;
            }
            int len = end - start;
            if (is(sql, start, len, "SELECT") || is(sql, start, len, "WITH") || is(sql, start, len, "VALUES")
                    || is(sql, start, len, "TABLE") || is(sql, start, len, "SHOW") || is(sql, start, len, "EXPLAIN")) {
                return SELECT;
            }
            if (is(sql, start, len, "INSERT")) {
                return INSERT;
            }
            if (is(sql, start, len, "UPDATE")) {
                return UPDATE;
            }
            if (is(sql, start, len, "DELETE")) {
                return DELETE;
            }
            if (is(sql, start, len, "MERGE")) {
                return MERGE;
            }
            for (String ddl : DDL_WORDS) {
                if (is(sql, start, len, ddl)) {
                    return DDL;
                }
            }
            return OTHER;
        }

        private static final String[] DDL_WORDS = {"CREATE", "ALTER", "DROP", "TRUNCATE", "COMMENT", "RENAME"};

        private static boolean is(String sql, int start, int len, String word) {
            return len == word.length() && sql.regionMatches(true, start, word, 0, len);
        }

        /** Where the first word starts, after blanks, parentheses and comments. */
        private static int firstWord(String sql) {
            int i = 0;
            int n = sql.length();
            while (i < n) {
                char c = sql.charAt(i);
                if (Character.isWhitespace(c) || c == '(') {
                    i++;
                } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                    int eol = sql.indexOf('\n', i);
                    i = eol < 0 ? n : eol + 1;
                } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                    int end = sql.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                } else {
                    break;
                }
            }
            return i;
        }
    }
}
