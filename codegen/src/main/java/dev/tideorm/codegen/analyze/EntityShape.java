package dev.tideorm.codegen.analyze;

import dev.tideorm.codegen.model.ColumnModel;
import dev.tideorm.codegen.model.EntityNames;
import dev.tideorm.codegen.model.FinderModel;
import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * Phase 1 of the analysis of one entity: what can be checked from the record alone (columns, types, keys,
 * relation declarations). Phase 2 ({@link RelationResolver}) reads other entities' shapes to resolve relations.
 *
 * @param problems   the record's own problems; empty when the shape is valid
 * @param unresolved whether a component's type does not resolve yet (generated later, or missing: javac reports
 *                   that itself); the entity then waits for the next round
 */
record EntityShape(TypeElement element, EntityNames names, boolean publicType, String table, @Nullable String schema,
                   List<ComponentShape> components, Map<String, List<String>> uniqueKeys, List<FinderModel> finders,
                   @Nullable ClassName behavior, List<Problem> problems, boolean unresolved) {

    boolean valid() {
        return problems.isEmpty() && !unresolved;
    }

    String simpleName() {
        return element.getSimpleName().toString();
    }

    Optional<ComponentShape> component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The column of a column component named {@code field}. */
    Optional<ColumnModel> column(String field) {
        return component(field).map(ComponentShape::column);
    }

    List<ColumnModel> columns() {
        return components.stream().map(ComponentShape::column).filter(c -> c != null).toList();
    }

    List<ColumnModel> primaryKey() {
        return columns().stream().filter(ColumnModel::primaryKey).toList();
    }

    /** Column component names, for "did you mean" lists in messages. */
    List<String> columnFields() {
        return columns().stream().map(ColumnModel::field).toList();
    }

    /** Components holding a {@code @BelongsTo} whose target is {@code type}. */
    List<ComponentShape> belongsToComponents(TypeElement type) {
        return components.stream()
                .filter(c -> c.relation() != null && c.relation().belongsTo() != null && c.relation().targets(type))
                .toList();
    }
}
