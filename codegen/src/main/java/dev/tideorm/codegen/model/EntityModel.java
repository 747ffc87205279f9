package dev.tideorm.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the emitters need to generate the metamodel and active model of one valid entity.
 *
 * @param names      the entity and generated class names
 * @param publicType whether the record is public (the generated classes then are too)
 * @param table      the table name
 * @param schema     the schema, or null
 * @param columns    the stored columns in declaration order
 * @param relations  the relations in declaration order
 * @param components every record component, for the generated factory
 * @param uniqueKeys named unique keys: name → column names
 * @param finders    finder helpers for unique columns and unique keys
 * @param behavior   the lifecycle hooks class, or null
 */
public record EntityModel(
        EntityNames names,
        boolean publicType,
        String table,
        @Nullable String schema,
        List<ColumnModel> columns,
        List<RelationModel> relations,
        List<ComponentModel> components,
        Map<String, List<String>> uniqueKeys,
        List<FinderModel> finders,
        @Nullable ClassName behavior) {

    public EntityModel {
        columns = List.copyOf(columns);
        relations = List.copyOf(relations);
        components = List.copyOf(components);
        uniqueKeys = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uniqueKeys));
        finders = List.copyOf(finders);
    }

    /** The primary key columns in declaration order. */
    public List<ColumnModel> primaryKey() {
        return columns.stream().filter(ColumnModel::primaryKey).toList();
    }
}
