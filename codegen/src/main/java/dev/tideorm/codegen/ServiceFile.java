package dev.tideorm.codegen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Reads and writes a {@code META-INF/services} file in the class output. */
final class ServiceFile {
    private ServiceFile() {
    }

    /**
     * The providers already listed in the class output (an incremental build compiles only some packages);
     * empty when there is no such file.
     */
    static List<String> read(Filer filer, String path) {
        List<String> out = new ArrayList<>();
        try {
            FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
            try (Reader r = existing.openReader(true); BufferedReader in = new BufferedReader(r)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    int comment = line.indexOf('#');
                    String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
                    if (!name.isEmpty()) {
                        out.add(name);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // No previous file (or the file manager cannot read back): start from nothing.
        }
        return out;
    }

    static void write(Filer filer, String path, Collection<String> providers) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path);
        try (Writer w = file.openWriter()) {
            for (String p : providers) {
                w.write(p);
                w.write('\n');
            }
        }
    }
}
