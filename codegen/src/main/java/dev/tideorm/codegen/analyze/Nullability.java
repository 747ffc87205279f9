package dev.tideorm.codegen.analyze;

import java.util.List;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;

/**
 * Finds a {@code @Nullable} on a record component. JSpecify's {@code @Nullable} is a type-use annotation; javac
 * puts it on the component's type, the accessor's return type and the field's type (for records read from class
 * files, JDK 17 javac drops type-use annotations: use {@code @Column(nullable = true)} there). Any annotation
 * named {@code Nullable} counts, so declaration-style ones (javax.annotation) work too.
 */
final class Nullability {
    private Nullability() {
    }

    static boolean annotatedNullable(RecordComponentElement component, Element site) {
        ExecutableElement accessor = component.getAccessor();
        List<AnnotatedConstruct> places = accessor == null
                ? List.of(component.asType(), component, site, site.asType())
                : List.of(component.asType(), component, site, site.asType(), accessor.getReturnType(), accessor);
        for (AnnotatedConstruct place : places) {
            for (AnnotationMirror m : place.getAnnotationMirrors()) {
                if (m.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
                    return true;
                }
            }
        }
        return false;
    }
}
