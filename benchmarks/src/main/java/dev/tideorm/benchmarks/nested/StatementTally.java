package dev.tideorm.benchmarks.nested;

import dev.tideorm.r2dbc.StatementEvent;
import dev.tideorm.r2dbc.StatementListener;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Counts the statements a benchmark variant sends, TideORM's and hand-written ones alike, including BEGIN and
 * COMMIT: TideORM's through its {@link StatementListener} (registered in {@code DatabaseOptions}), the raw
 * variants by calling {@link #raw(String)} for each statement they create. While {@link #startRecording()} is on,
 * it also keeps each statement's shape ({@code INSERT user}, {@code SELECT post}, {@code BEGIN}).
 */
public final class StatementTally implements StatementListener {
    private static final Pattern SHAPE = Pattern.compile(
            "^(INSERT INTO|UPDATE|DELETE FROM|MERGE INTO|SELECT .*? FROM) \"([a-z_]+)\"", Pattern.DOTALL);
    private final LongAdder count = new LongAdder();
    private volatile @Nullable List<String> recording;

    @Override
    public void onStatement(StatementEvent event) {
        note(event.sql());
    }

    /** Notes one statement sent by hand-written R2DBC code ({@code BEGIN} and {@code COMMIT} included). */
    public void raw(String sql) {
        note(sql);
    }

    private void note(String sql) {
        count.increment();
        List<String> r = recording;
        if (r != null) {
            r.add(shape(sql));
        }
    }

    /** Statements seen so far. */
    public long count() {
        return count.sum();
    }

    /** Starts keeping the shapes of the statements from now on (forgetting earlier ones). */
    public void startRecording() {
        recording = new CopyOnWriteArrayList<>();
    }

    /** Stops recording; returns the shapes recorded since {@link #startRecording()}, in order. */
    public List<String> stopRecording() {
        List<String> r = recording;
        recording = null;
        return r == null ? List.of() : List.copyOf(r);
    }

    /** {@code INSERT user}, {@code SELECT post}, or the statement itself ({@code BEGIN}, {@code COMMIT}). */
    static String shape(String sql) {
        Matcher m = SHAPE.matcher(sql.strip());
        if (!m.find()) {
            return sql.strip();
        }
        return m.group(1).split(" ")[0].toUpperCase(Locale.ROOT) + " " + m.group(2);
    }
}
