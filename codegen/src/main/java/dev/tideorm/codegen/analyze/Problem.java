package dev.tideorm.codegen.analyze;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * One error found in an entity, reported at {@code element} (and at {@code annotation}/{@code value} when given)
 * with a message that says how to fix it.
 */
public record Problem(Element element, @Nullable AnnotationMirror annotation, @Nullable AnnotationValue value,
                      String message) {

    static Problem at(Element element, String message) {
        return new Problem(element, null, null, message);
    }

    static Problem at(Element element, @Nullable AnnotationMirror annotation, String message) {
        return new Problem(element, annotation, null, message);
    }
}
