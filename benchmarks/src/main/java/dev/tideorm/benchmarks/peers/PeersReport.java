package dev.tideorm.benchmarks.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the peer comparison as a markdown table and writes it to {@code peers.md}: reads {@code jmh-peers.json}
 * (raw R2DBC, TideORM, Spring Data R2DBC, jOOQ; this JVM) and, when present, {@code jmh-hr.json} (Hibernate
 * Reactive, its own JVM) from the directory given as the first argument (default {@code target}).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.tideorm.benchmarks.peers.PeersReport
 * benchmarks/target}
 */
public final class PeersReport {
    private PeersReport() {
    }

    /** Reads the result files in {@code args[0]} (default {@code target}) and writes the table. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target");
        Path peers = dir.resolve("jmh-peers.json");
        if (!Files.isRegularFile(peers)) {
            System.err.println("no " + peers + ": run benchmarks/run-peers.sh first");
            System.exit(2);
        }
        List<JmhResults.Score> scores = new ArrayList<>(JmhResults.read(peers));
        scores.addAll(JmhResults.read(dir.resolve("jmh-hr.json")));
        String table = PeersTable.render(scores);
        Files.writeString(dir.resolve("peers.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
        System.out.println("written to " + dir.resolve("peers.md"));
    }
}
