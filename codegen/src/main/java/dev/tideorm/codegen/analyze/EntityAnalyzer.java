package dev.tideorm.codegen.analyze;

import dev.tideorm.codegen.model.EntityModel;
import dev.tideorm.codegen.model.EntityNames;
import dev.tideorm.codegen.model.RelationModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * Turns {@code @Entity} records into {@link EntityModel}s and problems (Komapper's pipeline: analyze, validate,
 * then emit). Phase 1 checks each record alone; phase 2 resolves its relations against the other side.
 */
public final class EntityAnalyzer {
    private final ShapeCache shapes;
    private final RelationResolver relations;

    public EntityAnalyzer(ProcessingEnvironment env) {
        Annotations annotations = new Annotations(env.getElementUtils());
        EntityChecks checks = new EntityChecks(env.getElementUtils(), env.getTypeUtils(), annotations);
        this.shapes = new ShapeCache(new ShapeAnalyzer(env.getTypeUtils(), annotations, checks));
        this.relations = new RelationResolver(shapes);
    }

    /**
     * The outcome for one entity.
     *
     * @param names     the generated class names
     * @param model     the model to emit, or null when there are problems
     * @param problems  what to report; empty when {@code model} is set
     * @param stubbable whether a stub metamodel can be emitted for an invalid entity (a non-generic, visible type)
     * @param deferred  whether the entity, or one it relates to, has types that do not resolve yet: try again in
     *                  the next round
     */
    public record Result(TypeElement element, EntityNames names, @Nullable EntityModel model, List<Problem> problems,
                         boolean stubbable, boolean deferred) {
    }

    /** Starts a processing round: forgets the previous round's elements; {@code roots} report their own problems. */
    public void startRound(Iterable<? extends TypeElement> roots) {
        shapes.newRound(roots);
    }

    public Result analyze(TypeElement entity) {
        EntityShape shape = shapes.get(entity);
        boolean stubbable = entity.getTypeParameters().isEmpty() && !entity.getModifiers().contains(Modifier.PRIVATE)
                && entity.getKind() != ElementKind.ANNOTATION_TYPE;
        if (!shape.valid()) {
            return new Result(entity, shape.names(), null, shape.problems(), stubbable, shape.unresolved());
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> waitingFor = new HashSet<>();
        List<RelationModel> resolved = relations.resolve(shape, problems, waitingFor);
        if (!waitingFor.isEmpty()) {
            return new Result(entity, shape.names(), null, List.of(), stubbable, true);
        }
        if (!problems.isEmpty()) {
            return new Result(entity, shape.names(), null, problems, stubbable, false);
        }
        EntityModel model = new EntityModel(shape.names(), shape.publicType(), shape.table(), shape.schema(),
                shape.columns(), resolved, shape.components().stream().map(ComponentShape::model).toList(),
                shape.uniqueKeys(), shape.finders(), shape.behavior());
        return new Result(entity, shape.names(), model, List.of(), stubbable, false);
    }
}
