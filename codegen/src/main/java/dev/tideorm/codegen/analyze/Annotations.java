package dev.tideorm.codegen.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/** Reads annotations through their mirrors (class values need it), with defaults applied. */
final class Annotations {
    static final String PKG = "dev.tideorm.core.annotation.";
    static final String ENTITY = PKG + "Entity";
    static final String PRIMARY_KEY = PKG + "PrimaryKey";
    static final String COLUMN = PKG + "Column";
    static final String UNIQUE = PKG + "Unique";
    static final String INDEXED = PKG + "Indexed";
    static final String IGNORE = PKG + "Ignore";
    static final String RENAMED_FROM = PKG + "RenamedFrom";
    static final String BELONGS_TO = PKG + "BelongsTo";
    static final String MAPPED_BY = PKG + "MappedBy";
    static final String VIA = PKG + "Via";
    static final String UNIQUE_KEY = PKG + "UniqueKey";
    static final String UNIQUE_KEYS = PKG + "UniqueKeys";
    static final String VALUE_TYPE = PKG + "ValueType";
    static final String CONVERT = PKG + "Convert";

    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    static @Nullable AnnotationMirror find(Element element, String qualifiedName) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
                return m;
            }
        }
        return null;
    }

    static boolean has(Element element, String qualifiedName) {
        return find(element, qualifiedName) != null;
    }

    /** The value of {@code name}, the default when it was not written. */
    @Nullable AnnotationValue value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The value of {@code name} only when written explicitly (for diagnostics positions). */
    static @Nullable AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    String string(AnnotationMirror mirror, String name) {
        AnnotationValue v = value(mirror, name);
        return v == null || !(v.getValue() instanceof String s) ? "" : s;
    }

    boolean bool(AnnotationMirror mirror, String name) {
        AnnotationValue v = value(mirror, name);
        return v != null && v.getValue() instanceof Boolean b && b;
    }

    int integer(AnnotationMirror mirror, String name) {
        AnnotationValue v = value(mirror, name);
        return v != null && v.getValue() instanceof Integer i ? i : 0;
    }

    List<String> strings(AnnotationMirror mirror, String name) {
        List<String> out = new ArrayList<>();
        AnnotationValue v = value(mirror, name);
        if (v != null && v.getValue() instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof AnnotationValue av && av.getValue() instanceof String s) {
                    out.add(s);
                }
            }
        } else if (v != null && v.getValue() instanceof String s) {
            out.add(s);
        }
        return out;
    }

    /** A {@code Class<?>} value as a type mirror, or null when unresolvable. */
    @Nullable TypeMirror type(AnnotationMirror mirror, String name) {
        AnnotationValue v = value(mirror, name);
        return v != null && v.getValue() instanceof TypeMirror t ? t : null;
    }

    /** An enum value's constant name, or {@code fallback}. */
    String enumConstant(AnnotationMirror mirror, String name, String fallback) {
        AnnotationValue v = value(mirror, name);
        return v != null && v.getValue() instanceof VariableElement c ? c.getSimpleName().toString() : fallback;
    }

    /** The nested annotations of an array-valued element ({@code @UniqueKeys({...})}). */
    List<AnnotationMirror> annotations(AnnotationMirror mirror, String name) {
        List<AnnotationMirror> out = new ArrayList<>();
        AnnotationValue v = value(mirror, name);
        if (v != null && v.getValue() instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof AnnotationValue av && av.getValue() instanceof AnnotationMirror m) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
