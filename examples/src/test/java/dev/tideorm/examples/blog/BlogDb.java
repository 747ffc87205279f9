package dev.tideorm.examples.blog;

import dev.tideorm.schema.SchemaSync;
import dev.tideorm.test.TestDb;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The blog schema (and the nested-save test entities) synced once per database, emptied before each test. */
final class BlogDb {
    private static final List<String> TABLES = List.of("review", "post_tag", "user_follower", "comment", "attachment", "post",
            "profile", "tag", "user", "article_label", "article", "label", "staff", "part");

    private BlogDb() {
    }

    /** Syncs the schema (idempotent), empties every table, restarts the keys at 1 and forgets recorded statements. */
    static void reset(TestDb db) {
        SchemaSync.registry(db.db(), "dev.tideorm.examples.blog.entity").sync().block(Duration.ofSeconds(30));
        SchemaSync.registry(db.db(), "dev.tideorm.examples.nested.entity").sync().block(Duration.ofSeconds(30));
        if (db.kind() == TestDb.Kind.POSTGRES) {
            db.exec("TRUNCATE " + String.join(", ", TABLES.stream().map(t -> "\"" + t + "\"").toList())
                    + " RESTART IDENTITY CASCADE");
        } else {
            db.exec("SET REFERENTIAL_INTEGRITY FALSE");
            for (String t : TABLES) {
                db.exec("TRUNCATE TABLE \"" + t + "\" RESTART IDENTITY");
            }
            db.exec("SET REFERENTIAL_INTEGRITY TRUE");
        }
        db.statements().clear();
    }

    /** Rows of a query as maps with lower-case keys and int/long values narrowed to Integer. */
    static List<Map<String, Object>> rows(TestDb db, String sql) {
        return db.rows(sql).stream().map(BlogDb::normalize).toList();
    }

    private static Map<String, Object> normalize(Map<String, Object> row) {
        java.util.LinkedHashMap<String, Object> out = new java.util.LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT),
                v instanceof Long l && l <= Integer.MAX_VALUE ? (Object) l.intValue() : v));
        return out;
    }

    /**
     * The kinds and tables of the recorded statements, e.g. {@code INSERT user}, {@code BEGIN}. An insert that
     * skips conflicting rows is {@code INSERT} whichever form the dialect writes it in (H2: {@code MERGE}).
     */
    static List<String> shape(TestDb db) {
        return db.statements().events().stream().map(e -> {
            String sql = e.statement().sql();
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("^(INSERT INTO|UPDATE|DELETE FROM|SELECT .* FROM|MERGE INTO) \"([a-z_]+)\"")
                    .matcher(sql);
            if (!m.find()) {
                return e.kind().toString();
            }
            String kind = e.kind() == dev.tideorm.r2dbc.StatementEvent.Kind.MERGE && sql.contains("WHEN NOT MATCHED")
                    && !sql.contains("WHEN MATCHED") ? "INSERT" : e.kind().toString();
            return kind + " " + m.group(2);
        }).toList();
    }
}
