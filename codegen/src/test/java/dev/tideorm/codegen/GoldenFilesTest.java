package dev.tideorm.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares what the processor generates for the fixture entities with {@code src/test/resources/golden}.
 * Run with {@code -Dgolden.update=true} to rewrite the golden files instead.
 */
class GoldenFilesTest {
    private static final Path GOLDEN_DIR = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static Compilation compilation;

    @BeforeAll
    static void compileFixtures() {
        compilation = Fixtures.compile(Fixtures.fixtureSources());
    }

    @Test
    void fixturesCompileWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void generatedSourcesMatchGoldenFiles() throws IOException {
        Map<String, String> generated = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String path = file.toUri().getPath();
            generated.put(path.substring(path.lastIndexOf('/') + 1), file.getCharContent(true).toString());
        }
        assertThat(generated).containsKeys("Cake_.java", "CakeActiveModel.java", "TideEntityIndex_.java");
        if (UPDATE) {
            Files.createDirectories(GOLDEN_DIR);
            try (Stream<Path> old = Files.list(GOLDEN_DIR)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, String> e : generated.entrySet()) {
                Files.writeString(GOLDEN_DIR.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        Map<String, String> golden = new TreeMap<>();
        try (Stream<Path> files = Files.list(GOLDEN_DIR)) {
            for (Path p : files.toList()) {
                golden.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(generated.keySet()).as("generated files (rerun with -Dgolden.update=true after a deliberate "
                + "change)").containsExactlyElementsOf(golden.keySet());
        for (Map.Entry<String, String> e : generated.entrySet()) {
            assertThat(e.getValue()).as(e.getKey() + " (rerun with -Dgolden.update=true after a deliberate change)")
                    .isEqualTo(golden.get(e.getKey()));
        }
    }

    @Test
    void serviceFileListsThePackageIndex() throws IOException {
        JavaFileObject services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/services/dev.tideorm.core.meta.EntityProvider").orElseThrow();
        assertThat(services.getCharContent(true).toString())
                .isEqualTo(Fixtures.FIXTURE_PACKAGE + ".TideEntityIndex_\n");
    }
}
