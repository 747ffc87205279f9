package dev.tideorm.benchmarks.loader;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The queries each loader variant sends for M = 1, 100, 1,000 users, as TideORM's statement listener and the raw
 * code count them.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.tideorm.benchmarks.loader.LoaderCounts}.
 */
public final class LoaderCounts {
    private LoaderCounts() {
    }

    public static void main(String[] args) {
        LoaderFixture fixture = LoaderFixture.seed("bench_loader", LoaderBenchmark.USERS);
        try {
            System.out.println("# postgres: queries per load of M users with profile, posts and tags");
            for (int m : new int[] {1, 100, 1000}) {
                Map<String, List<String>> shapes = fixture.shapes(fixture.randomIds(m, new Random(m)));
                System.out.println(LoaderFixture.line(shapes, m));
                if (m == 1) {
                    shapes.forEach((name, s) -> System.out.println("  " + name + ": " + String.join(", ", s)));
                }
            }
        } finally {
            fixture.db().close();
        }
        System.exit(0);
    }
}
