package dev.tideorm.codegen.analyze;

import dev.tideorm.codegen.model.EntityNames;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * A relation component's declaration before the other side is looked at.
 *
 * @param toMany    {@code HasMany<T>} rather than {@code HasOne<T>}
 * @param target    the target entity (an {@code @Entity} type)
 * @param belongsTo its {@code @BelongsTo}, if any
 * @param via       its {@code @Via}, if any
 * @param mappedBy  its {@code @MappedBy}, if any
 */
record RelationDecl(boolean toMany, TypeElement target, EntityNames targetNames, @Nullable BelongsTo belongsTo,
                    @Nullable Via via, @Nullable MappedBy mappedBy) {

    /** {@code @BelongsTo}: component names as written ({@code to} empty means the target's primary key). */
    record BelongsTo(AnnotationMirror mirror, List<String> from, List<String> to, String onDelete, String onUpdate,
                     String fkName) {
    }

    /** {@code @Via}: the junction entity and the optional names of its belongs-to components. */
    record Via(AnnotationMirror mirror, TypeElement junction, String from, String to) {
    }

    /** {@code @MappedBy}. */
    record MappedBy(AnnotationMirror mirror, String value) {
    }

    boolean targets(TypeElement type) {
        return target.getQualifiedName().contentEquals(type.getQualifiedName());
    }
}
