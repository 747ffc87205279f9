package dev.tideorm.codegen;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Compiles sources with the processor in memory (compile-testing). */
final class Fixtures {
    /** The fixture entities, also compiled with the processor by the test compile. */
    static final Path FIXTURE_DIR = Path.of("src/test/java/dev/tideorm/codegen/fixture");
    static final String FIXTURE_PACKAGE = "dev.tideorm.codegen.fixture";

    private Fixtures() {
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new EntityProcessor()).withOptions("-Xlint:all,-processing").compile(sources);
    }

    static Compilation compile(List<JavaFileObject> sources) {
        return compile(sources.toArray(JavaFileObject[]::new));
    }

    static List<JavaFileObject> fixtureSources() {
        try (Stream<Path> files = Files.list(FIXTURE_DIR)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(Fixtures::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    private static JavaFileObject source(Path path) {
        try {
            return JavaFileObjects.forResource(path.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
