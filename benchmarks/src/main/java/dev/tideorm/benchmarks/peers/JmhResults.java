package dev.tideorm.benchmarks.peers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the results of a JMH run from its JSON result file ({@code -rf json -rff file}). */
final class JmhResults {
    private JmhResults() {
    }

    /**
     * One benchmark's result in milliseconds per operation.
     *
     * @param library the benchmark class's simple name without {@code Benchmark}, e.g. {@code Tide}
     * @param scenario the benchmark method's name, e.g. {@code findById}
     * @param msPerOp the mean time per operation
     * @param errorMs the 99.9% confidence half-width JMH reports (NaN with too few iterations)
     */
    record Score(String library, String scenario, double msPerOp, double errorMs) {
    }

    /** The average-time results in {@code file}, or none when it does not exist. */
    static List<Score> read(Path file) {
        List<Score> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        JsonNode root = JsonMapper.builder().build().readTree(file);
        for (JsonNode b : root) {
            String name = b.path("benchmark").asString();
            int dot = name.lastIndexOf('.');
            String cls = name.substring(name.lastIndexOf('.', dot - 1) + 1, dot);
            JsonNode metric = b.path("primaryMetric");
            double factor = toMs(metric.path("scoreUnit").asString());
            JsonNode error = metric.path("scoreError");
            out.add(new Score(cls.replace("Benchmark", ""), name.substring(dot + 1),
                    metric.path("score").doubleValue() * factor,
                    error.isNumber() ? error.doubleValue() * factor : Double.NaN));
        }
        return out;
    }

    private static double toMs(String unit) {
        return switch (unit) {
            case "s/op" -> 1e3;
            case "ms/op" -> 1;
            case "us/op" -> 1e-3;
            case "ns/op" -> 1e-6;
            default -> throw new IllegalArgumentException("not an average-time unit: " + unit);
        };
    }
}
