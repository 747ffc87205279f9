package dev.tideorm.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report reads JMH's JSON (units converted to ms) and renders ratios to raw, footnotes and n/a. */
class PeersReportTest {

    private static String result(String benchmark, double score, String error, String unit) {
        return "{\"benchmark\" : \"" + benchmark + "\", \"mode\" : \"avgt\", \"primaryMetric\" : {\"score\" : "
                + score + ", \"scoreError\" : " + error + ", \"scoreUnit\" : \"" + unit + "\"},"
                + " \"secondaryMetrics\" : {}}";
    }

    @Test
    void rendersOneRowPerScenarioWithRatiosToRaw(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("jmh-peers.json"), "[" + String.join(",",
                result("dev.tideorm.benchmarks.peers.RawBenchmark.findById", 100, "5.0", "us/op"),
                result("dev.tideorm.benchmarks.peers.TideBenchmark.findById", 0.125, "0.01", "ms/op"),
                result("dev.tideorm.benchmarks.peers.RawBenchmark.insert1000", 70, "\"NaN\"", "ms/op"),
                result("dev.tideorm.benchmarks.peers.SpringDataBenchmark.insert1000", 140, "3", "ms/op")) + "]");
        Files.writeString(dir.resolve("jmh-hr.json"), "["
                + result("dev.tideorm.benchmarks.hr.HibernateReactiveBenchmark.findById", 0.2, "0.02", "ms/op")
                + "]");

        PeersReport.main(new String[] {dir.toString()});

        List<String> lines = Files.readAllLines(dir.resolve("peers.md"));
        assertThat(lines.get(0)).isEqualTo("| Scenario | raw R2DBC | TideORM | Spring Data R2DBC | Hibernate Reactive |");
        assertThat(lines).contains(
                "| findById | 0.100 ± 0.005 (1.00×) | 0.125 ± 0.010 (1.25×) | n/a | 0.200 ± 0.020 (2.00×) |",
                "| insert1000 | 70.00 (1.00×) | n/a | 140 ± 3.00 (2.00×) [1] | n/a |");
        assertThat(lines).anyMatch(l -> l.startsWith("[1] Spring Data R2DBC has no multi-row insert"));
        assertThat(lines.stream().filter(l -> l.startsWith("| ")).count()).isEqualTo(1 + 8);
    }
}
