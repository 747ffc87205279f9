package dev.tideorm.r2dbc.internal;

import io.r2dbc.spi.R2dbcException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * r2dbc-h2's errors. H2 names tables, constraints and columns only inside its message text, which also
 * quotes the offending values and repeats the SQL, so the names are parsed out and the message rebuilt
 * without the values. Shapes seen with H2 2.4 (identifiers that need quoting appear as {@code ""a-b""}):
 * <pre>
 * 23505  Unique index or primary key violation: "PUBLIC.cake_name_key INDEX PUBLIC.cake_name_key_INDEX_2 ON PUBLIC.cake(name NULLS FIRST) VALUES ( /* 1 *&#47; 'apple' )"
 * 23505  Unique index or primary key violation: "PUBLIC.CONSTRAINT_2 PRIMARY KEY ON PUBLIC.cake(id) ( /* key:1 *&#47; 1, 'apple', 1)"
 * 23506  Referential integrity constraint violation: "fk-fruit-cake_id: PUBLIC.fruit FOREIGN KEY(cake_id) REFERENCES PUBLIC.cake(id) (99)"
 * 23502  NULL not allowed for column "name"
 * 22018  Data conversion error converting "'abc' (fruit: ""id"" INTEGER NOT NULL)"
 * 22001  Value too long for column "name CHARACTER VARYING(10)": "'abcdefghijklmnop' (16)"
 * 23513  Check constraint violation: "n_positive: "
 * </pre>
 * H2 reports 23503 when a deleted parent row still has children and 23506 when a child's parent is missing;
 * both are foreign key violations. The table reported for one is the table owning the foreign key, as on
 * PostgreSQL.
 *
 * <p>Concurrency conflicts: H2's 40001 ({@code DEADLOCK_1}, "Deadlock detected. The current transaction was
 * rolled back. Details: "T"") covers both lock cycles and, under REPEATABLE READ and SERIALIZABLE, a row
 * changed by a concurrent transaction since this one read it; H2 does not tell them apart, so it stays the
 * standard's serialization failure. 90131 ({@code CONCURRENT_UPDATE_1}) is one too, and HYT00
 * ({@code LOCK_TIMEOUT_1}, "Timeout trying to lock table "T"") is a lock timeout.
 */
final class H2ErrorTranslator extends SqlStateErrorTranslator {
    /** An identifier inside H2's quoted detail: bare, or {@code ""quoted""}. Groups: quoted, bare. */
    private static final String IDENT = "(?:\"\"((?:[^\"]|\"\"\"\")+)\"\"|([^\\s.\"(),:]+))";
    private static final String QUALIFIED = "(?:" + IDENT + "\\.)?" + IDENT;
    /** Groups: 1-4 constraint or index, 5-8 backing index (optional), 9-12 table. */
    private static final Pattern UNIQUE = Pattern.compile("violation: \"" + QUALIFIED
            + "(?: INDEX " + QUALIFIED + "| PRIMARY KEY)? ON " + QUALIFIED + "\\(");
    /** Groups: 1 constraint, 2-5 table, 6 columns, 7-10 referenced table, 11 referenced columns. */
    private static final Pattern FOREIGN_KEY = Pattern.compile("violation: \"(.+?): " + QUALIFIED
            + " FOREIGN KEY\\(([^)]*)\\) REFERENCES " + QUALIFIED + "\\(([^)]*)\\)");
    private static final Pattern NOT_NULL = Pattern.compile("NULL not allowed for column \"(.+?)\"(?:;|$)");
    /** Groups: 1-2 table, 3 column, 4 column type. */
    private static final Pattern CONVERSION = Pattern.compile(
            "\\(" + IDENT + ": \"\"((?:[^\"]|\"\"\"\")+)\"\" ([^)]*)\\)\"");
    /** Groups: 1-2 column, 3 type. */
    private static final Pattern TOO_LONG = Pattern.compile("for column \"" + IDENT + " ([^\"]*)\"");
    /** {@code Check constraint violation: "n_positive: ..."}. */
    private static final Pattern CHECK = Pattern.compile("^Check constraint violation: \"(.+?): ");
    private static final Pattern IN_COLUMN = Pattern.compile(" in column \"(.+?)\"");

    @Override
    protected @Nullable Conflict conflict(String sqlState) {
        return switch (sqlState) {
            case "90131" -> Conflict.SERIALIZATION_FAILURE;
            case "HYT00" -> Conflict.LOCK_TIMEOUT;
            default -> super.conflict(sqlState);
        };
    }

    @Override
    protected boolean isForeignKey(String sqlState) {
        return sqlState.equals("23503") || sqlState.equals("23506");
    }

    @Override
    protected Details details(R2dbcException e) {
        String message = headline(e.getMessage());
        String state = e.getSqlState() == null ? "" : e.getSqlState();
        if (state.equals("23505")) {
            Matcher m = UNIQUE.matcher(message);
            return m.find()
                    ? new Details(ident(m, 11), ident(m, 3), null, "unique index or primary key violation")
                    : new Details(null, null, null, "unique index or primary key violation");
        }
        if (isForeignKey(state)) {
            Matcher m = FOREIGN_KEY.matcher(message);
            if (!m.find()) {
                return new Details(null, null, null, "referential integrity constraint violation");
            }
            String table = ident(m, 4);
            String safe = table + "(" + m.group(6) + ") REFERENCES " + ident(m, 9) + "(" + m.group(11) + ")"
                    + (state.equals("23503") ? ", still referenced" : ", referenced row missing");
            return new Details(table, unquote(m.group(1)), null, safe);
        }
        if (state.equals("23502")) {
            Matcher m = NOT_NULL.matcher(message);
            return new Details(null, null, m.find() ? unquote(m.group(1)) : null, "NULL not allowed");
        }
        if (state.startsWith("22")) {
            return dataError(message);
        }
        if (state.startsWith("23")) {
            Matcher m = CHECK.matcher(message);
            return m.find() ? new Details(null, unquote(m.group(1)), null, "check constraint violation")
                    : new Details(null, null, null, redactQuoted(message));
        }
        return new Details(null, null, null, message);
    }

    private static Details dataError(String message) {
        // The words before the first quote say what went wrong; the quoted part may hold the value.
        int quote = message.indexOf('"');
        String kind = (quote < 0 ? message : message.substring(0, quote)).replaceAll("[\\s:]+$", "");
        Matcher m = CONVERSION.matcher(message);
        if (m.find()) {
            return new Details(ident(m, 1), null, m.group(3).replace("\"\"\"\"", "\""),
                    kind + " to " + m.group(4));
        }
        m = TOO_LONG.matcher(message);
        if (m.find()) {
            return new Details(null, null, ident(m, 1), "value too long for " + m.group(3));
        }
        m = IN_COLUMN.matcher(message);
        String column = m.find() ? unquote(m.group(1)) : null;
        return new Details(null, null, column, redactQuoted(message));
    }

    /** The message without its {@code ; SQL statement: ...} tail and its {@code [23505-240]} code. */
    static String headline(@Nullable String message) {
        if (message == null) {
            return "";
        }
        int sql = message.indexOf("; SQL statement:");
        String head = sql < 0 ? message : message.substring(0, sql);
        return head.replaceAll("\\s*\\[\\d+-\\d+]\\s*$", "").strip();
    }

    /** The identifier whose quoted form is group {@code quoted} and bare form group {@code quoted + 1}. */
    private static @Nullable String ident(Matcher m, int quoted) {
        String q = m.group(quoted);
        return q != null ? q.replace("\"\"\"\"", "\"") : m.group(quoted + 1);
    }

    private static String unquote(String s) {
        String t = s.startsWith("\"\"") && s.endsWith("\"\"") && s.length() > 4 ? s.substring(2, s.length() - 2) : s;
        return t.replace("\"\"", "\"");
    }
}
