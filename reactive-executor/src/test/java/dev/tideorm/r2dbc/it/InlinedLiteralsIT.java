package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.SelectItem;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.test.StepVerifier;

/**
 * The inlined rendering ({@code dialect.inline(...)}, for logs and tests) reads back as exactly the strings it was
 * given, backslashes, quotes and semicolons included. On PostgreSQL with {@code standard_conforming_strings} both
 * off and on: a plain {@code '\''} literal means one thing under each setting.
 */
class InlinedLiteralsIT {
    private static final List<String> TEXTS = List.of("plain", "it's", "a\\b'c", "\\", "\\\\", "ends\\",
            "\\' OR 1 = 1; --", "semi;colon", "\\x41", "");

    @DbTest
    void stringsReadBackExactlyWithStandardConformingStringsOff(TestDb db) {
        readsBackExactly(db, session(db, "off"));
    }

    @DbTest
    void stringsReadBackExactlyWithStandardConformingStringsOn(TestDb db) {
        readsBackExactly(db, session(db, "on"));
    }

    private static void readsBackExactly(TestDb db, DbConn conn) {
        List<SelectItem> items = TEXTS.stream().map(t -> SelectItem.of(Expr.val(t))).toList();
        String sql = db.dialect().inline(new SelectStatement(false, items, null, List.of(), null, List.of(), null,
                List.of(), null, null));

        conn.query(Statement.of(sql), row -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        out.add(row.get(i, String.class));
                    }
                    return out;
                })
                .as(StepVerifier::create)
                .assertNext(values -> assertThat(values).containsExactlyElementsOf(TEXTS))
                .verifyComplete();
    }

    /** On PostgreSQL a pool whose sessions have the setting (checked with SHOW); on H2 the usual pool. */
    private static DbConn session(TestDb db, String standardConformingStrings) {
        if (db.kind() != TestDb.Kind.POSTGRES) {
            return db.db();
        }
        DbConn conn = db.connect(b -> b.option("options",
                Map.of("standard_conforming_strings", standardConformingStrings)));
        RawQuery.sql("SHOW standard_conforming_strings").map(r -> r.get(0, String.class)).one(conn)
                .as(StepVerifier::create).expectNext(standardConformingStrings).verifyComplete();
        return conn;
    }
}
