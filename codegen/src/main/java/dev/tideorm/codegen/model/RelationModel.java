package dev.tideorm.codegen.model;

import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.meta.RelationKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One relation of an entity; key columns follow {@code dev.tideorm.core.meta.Relation}'s conventions per kind.
 *
 * @param field    the record component name
 * @param constant the metamodel constant name ({@code POSTS})
 * @param index    the position among the entity's relations
 * @param target   the target entity's names
 * @param junction the junction of a many-to-many relation
 */
public record RelationModel(
        String field,
        String constant,
        RelationKind kind,
        int index,
        EntityNames target,
        List<String> fromColumns,
        List<String> toColumns,
        @Nullable Junction junction,
        boolean optional,
        ForeignKeyAction onDelete,
        ForeignKeyAction onUpdate,
        @Nullable String fkName) {

    public RelationModel {
        fromColumns = List.copyOf(fromColumns);
        toColumns = List.copyOf(toColumns);
    }

    /** Whether the relation holds one row ({@code HasOne<T>}). */
    public boolean toOne() {
        return kind == RelationKind.BELONGS_TO || kind == RelationKind.HAS_ONE;
    }

    /** The junction entity of a many-to-many relation and its foreign keys to each side. */
    public record Junction(EntityNames entity, List<String> fromColumns, List<String> toColumns) {
        public Junction {
            fromColumns = List.copyOf(fromColumns);
            toColumns = List.copyOf(toColumns);
        }
    }
}
