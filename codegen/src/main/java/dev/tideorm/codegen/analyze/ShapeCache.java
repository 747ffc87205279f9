package dev.tideorm.codegen.analyze;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Phase-1 shapes by qualified name, for the current round (javac elements must not outlive their round), and
 * the entities whose problems are reported as roots of this or an earlier round.
 */
final class ShapeCache {
    private final ShapeAnalyzer analyzer;
    private final Map<String, EntityShape> shapes = new HashMap<>();
    private final Set<String> reported = new HashSet<>();

    ShapeCache(ShapeAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    void newRound(Iterable<? extends TypeElement> roots) {
        shapes.clear();
        for (TypeElement t : roots) {
            reported.add(t.getQualifiedName().toString());
        }
    }

    EntityShape get(TypeElement type) {
        return shapes.computeIfAbsent(type.getQualifiedName().toString(), k -> analyzer.analyze(type));
    }

    /** Whether the problems of {@code type} are reported at its own elements (it is a processed root). */
    boolean reportedElsewhere(TypeElement type) {
        return reported.contains(type.getQualifiedName().toString());
    }
}
