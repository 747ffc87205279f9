package dev.tideorm.benchmarks.peers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The peer results as a markdown table: one row per scenario, one column per library, each cell
 * {@code ms/op (ratio to raw R2DBC)}; a footnote marks a task a library does not do natively (done with its
 * lower-level API instead), "n/a" a task it did not run.
 */
final class PeersTable {
    /** Column order: benchmark class prefix to display name. */
    static final Map<String, String> LIBRARIES = new LinkedHashMap<>();
    /** Row order: the contract's scenario ids. */
    static final List<String> SCENARIOS = List.of("findById", "findById32", "insertOne", "insert1000",
            "stream100k", "nestedSave100", "loadGraph100", "loadGraph100NPlusOne");
    private static final Map<String, String> NOTES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("Raw", "raw R2DBC");
        LIBRARIES.put("Tide", "TideORM");
        LIBRARIES.put("SpringData", "Spring Data R2DBC");
        LIBRARIES.put("Jooq", "jOOQ");
        LIBRARIES.put("HibernateReactive", "Hibernate Reactive");
        NOTES.put("SpringData.insert1000", "Spring Data R2DBC has no multi-row insert: one"
                + " `R2dbcEntityTemplate.insert` per row inside `TransactionalOperator` (what a repository's"
                + " `saveAll` does too).");
        NOTES.put("SpringData.nestedSave100", "Spring Data R2DBC has no nested save: by hand, one"
                + " `R2dbcEntityTemplate.insert` per row with the generated keys threaded into the children, the"
                + " junction rows through `DatabaseClient`, all in one `TransactionalOperator` transaction.");
        NOTES.put("SpringData.loadGraph100", "Spring Data R2DBC loads no relations: by hand, 5"
                + " `R2dbcEntityTemplate.select` queries (`where(...).in(...)`: users, profiles, posts, junction"
                + " rows, tags) assembled into objects.");
        NOTES.put("Jooq.nestedSave100", "jOOQ has no nested save: by hand, one multi-row `INSERT ... RETURNING`"
                + " per table in `transactionPublisher`, keys threaded in the order PostgreSQL returns them.");
        NOTES.put("HibernateReactive.insert1000", "Hibernate Reactive does not batch inserts of IDENTITY keys:"
                + " ids come from the tables' sequences with the pooled optimizer (one `nextval` per 50 ids, no"
                + " `RETURNING`), inserts batched 50 at a time (`hibernate.jdbc.batch_size=50`).");
        NOTES.put("HibernateReactive.nestedSave100", "Hibernate Reactive: `persistAll` with `CascadeType.PERSIST`,"
                + " `order_inserts`, batches of 50, ids from the sequences (one `nextval` per 50 ids).");
        NOTES.put("HibernateReactive.stream100k", "Hibernate Reactive has no streaming: the 100,000 rows are read"
                + " into a list (stateless session).");
        NOTES.put("HibernateReactive.loadGraph100", "Hibernate Reactive: one fetch-join query rooted at `Profile`"
                + " (profile → user → posts → tags; posts and tags mapped as `Set`s, since two bags cannot be"
                + " fetched together).");
        NOTES.put("Raw.loadGraph100NPlusOne", "The naive loop: per user the user, its profile, its posts and"
                + " each post's tags, one query at a time on one connection (600 queries).");
    }

    private PeersTable() {
    }

    /** The table, its footnotes and the reading notes, as markdown. */
    static String render(List<JmhResults.Score> scores) {
        Map<String, JmhResults.Score> byKey = new HashMap<>();
        for (JmhResults.Score s : scores) {
            byKey.put(s.library() + "." + s.scenario(), s);
        }
        List<String> columns = new ArrayList<>();
        for (String lib : LIBRARIES.keySet()) {
            if (scores.stream().anyMatch(s -> s.library().equals(lib))) {
                columns.add(lib);
            }
        }
        StringBuilder md = new StringBuilder("| Scenario |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String lib : columns) {
            md.append(' ').append(LIBRARIES.get(lib)).append(" |");
            rule.append("---:|");
        }
        md.append('\n').append(rule).append('\n');
        List<String> notes = new ArrayList<>();
        for (String scenario : SCENARIOS) {
            JmhResults.Score raw = byKey.get("Raw." + scenario);
            md.append("| ").append(scenario).append(" |");
            for (String lib : columns) {
                JmhResults.Score s = byKey.get(lib + "." + scenario);
                String note = s == null ? null : NOTES.get(lib + "." + scenario);
                String mark = "";
                if (note != null) {
                    notes.add(note);
                    mark = " [" + notes.size() + "]";
                }
                md.append(' ').append(s == null ? "n/a" : cell(s, raw)).append(mark).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (int i = 0; i < notes.size(); i++) {
            md.append('[').append(i + 1).append("] ").append(notes.get(i)).append("  \n");
        }
        md.append("\nms/op: mean time per operation (JMH AverageTime) ± the 99.9% confidence half-width; in"
                + " parentheses the ratio to raw R2DBC in the same scenario (lower is faster). n/a: not run for"
                + " this library. Hibernate Reactive runs in its own JVM on the Vert.x client (pool of 32) against"
                + " its own copy of the data (schema bench_hr); its ratio is to the raw R2DBC figure of the main"
                + " JVM.\n");
        return md.toString();
    }

    private static String cell(JmhResults.Score s, JmhResults.Score raw) {
        String time = ms(s.msPerOp()) + (Double.isNaN(s.errorMs()) ? "" : " ± " + ms(s.errorMs()));
        return raw == null ? time : time + String.format(Locale.ROOT, " (%.2f×)", s.msPerOp() / raw.msPerOp());
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, v < 1 ? "%.3f" : v < 100 ? "%.2f" : "%.0f", v);
    }
}
