package dev.tideorm.benchmarks.nested;

import dev.tideorm.examples.blog.entity.UserActiveModel;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * The statements each nested-save variant sends for one batch of {@code n} fresh trees, BEGIN and COMMIT
 * included: TideORM's as its statement listener sees them, the raw ones as they create them. The benchmark prints
 * them once per trial; {@link #main} prints the table for N = 1, 10, 100 on both backends.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.tideorm.benchmarks.nested.NestedSaveCounts
 * [postgres,h2]}.
 */
public final class NestedSaveCounts {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private NestedSaveCounts() {
    }

    /** The variants by benchmark method name, each saving the trees named {@code prefix + i} on {@code db}. */
    public static Map<String, Function<String, Mono<?>>> variants(BenchDb db, RawNestedSave raw, int n) {
        Map<String, Function<String, Mono<?>>> m = new LinkedHashMap<>();
        m.put("tideSaveAll", prefix -> UserActiveModel.saveAll(db.db(), Trees.activeModels(prefix, n)).collectList());
        m.put("rawPerRow", prefix -> raw.perRow(Trees.data(prefix, n)));
        m.put("rawUnnest", prefix -> raw.unnest(Trees.data(prefix, n)));
        m.put("rawMultiRowValues", prefix -> raw.multiRowValues(Trees.data(prefix, n)));
        return m;
    }

    /** Runs each variant once on fresh trees and returns the shapes of the statements it sent. */
    public static Map<String, List<String>> shapes(BenchDb db, RawNestedSave raw, int n, String prefix) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        variants(db, raw, n).forEach((name, variant) -> {
            db.tally().startRecording();
            variant.apply(prefix + name + "_").block(TIMEOUT);
            out.put(name, db.tally().stopRecording());
        });
        return out;
    }

    /** One line: {@code N = 10: tideSaveAll 7, rawPerRow 172, ...}. */
    public static String line(Map<String, List<String>> shapes, int n) {
        StringBuilder b = new StringBuilder("N = " + n + " (" + n * Trees.ROWS + " rows):");
        shapes.forEach((name, s) -> b.append(' ').append(name).append(' ').append(s.size()).append(','));
        b.setLength(b.length() - 1);
        return b.toString();
    }

    public static void main(String[] args) {
        for (String backend : (args.length > 0 ? args[0] : "postgres,h2").split(",")) {
            try (BenchDb db = BenchDb.open(BenchDb.Backend.of(backend), "bench_nested", 8)) {
                RawNestedSave raw = new RawNestedSave(db.raw(), db.backend());
                System.out.println("# " + backend + ": statements per batch, BEGIN and COMMIT included");
                for (int n : new int[] {1, 10, 100}) {
                    Map<String, List<String>> shapes = shapes(db, raw, n, "c" + n);
                    System.out.println(line(shapes, n));
                    if (n == 1) {
                        shapes.forEach((name, s) -> System.out.println("  " + name + ": " + String.join(", ", s)));
                    }
                }
            }
        }
        System.exit(0);
    }
}
