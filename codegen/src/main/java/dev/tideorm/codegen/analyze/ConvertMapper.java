package dev.tideorm.codegen.analyze;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.tideorm.codegen.model.ConverterModel;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/**
 * Maps a component annotated {@code @Convert(X.class)}: checks that the generated metamodel can create X with
 * {@code new X()} (a concrete, visible, non-inner class with a public no-argument constructor) and that X is a
 * {@code ColumnConverter<T, D>} for the component's type T, then maps D as if the component were declared of type
 * D. A generic or raw X, or one that is no ColumnConverter at all, javac refuses by the bound of the annotation's
 * value.
 */
final class ConvertMapper {
    static final String COLUMN_CONVERTER = "dev.tideorm.core.meta.ColumnConverter";

    private final Types types;
    private final TypeMapper mapper;

    ConvertMapper(Types types, TypeMapper mapper) {
        this.types = types;
        this.mapper = mapper;
    }

    TypeMapper.Mapping map(RecordComponentElement component, @Nullable TypeMirror converterType,
                           TypeMapper.Options options) {
        if (!(converterType instanceof DeclaredType declared)) {
            return TypeMapper.Mapping.fail("@Convert needs a converter class, e.g. @Convert(MoneyConverter.class)");
        }
        TypeElement converter = (TypeElement) declared.asElement();
        String name = converter.getSimpleName().toString();
        String prefix = "@Convert(" + name + ".class): ";
        String creatable = creatable(converter, component);
        if (creatable != null) {
            return TypeMapper.Mapping.fail(prefix + name + " " + creatable);
        }
        DeclaredType implemented = columnConverter(converter.asType());
        String example = "ColumnConverter<" + TypeMapper.display(boxed(component.asType())) + ", String>";
        // javac already refuses a class that is not a ColumnConverter<?, ?> (raw and generic ones included), by the
        // bound of @Convert's value; this covers a value it could not resolve.
        if (implemented == null || implemented.getTypeArguments().size() != 2) {
            return TypeMapper.Mapping.fail(prefix + name + " does not implement ColumnConverter<T, D>: declare "
                    + "`public final class " + name + " implements " + example + "`");
        }
        TypeMirror javaType = boxed(component.asType());
        TypeMirror converts = implemented.getTypeArguments().get(0);
        if (!types.isSameType(converts, javaType)) {
            return TypeMapper.Mapping.fail(prefix + name + " converts " + TypeMapper.display(converts) + ", but "
                    + "the component " + component.getSimpleName() + " is " + TypeMapper.display(javaType)
                    + ": the converter must implement ColumnConverter<" + TypeMapper.display(javaType) + ", D>");
        }
        TypeMirror stored = implemented.getTypeArguments().get(1);
        TypeMapper.Mapping inner = mapper.map(stored, options);
        if (inner.error() != null || inner.sqlType() == null || inner.javaType() == null) {
            return TypeMapper.Mapping.fail(prefix + name + " stores " + TypeMapper.display(stored) + ", which a "
                    + "column cannot hold: " + inner.error());
        }
        ConverterModel model = new ConverterModel.Custom(ClassName.get(converter), inner.javaType(),
                inner.converter());
        return TypeMapper.Mapping.ok(inner.sqlType(), TypeMapper.plain(TypeName.get(javaType)), model, false);
    }

    /** Why the metamodel, in the entity's package, cannot run {@code new X()}; null when it can. */
    private static @Nullable String creatable(TypeElement converter, Element component) {
        if (converter.getKind() != ElementKind.CLASS || converter.getModifiers().contains(Modifier.ABSTRACT)) {
            return "is not a concrete class: the generated metamodel creates the converter with `new "
                    + converter.getSimpleName() + "()`";
        }
        if (converter.getNestingKind() == NestingKind.MEMBER && !converter.getModifiers().contains(Modifier.STATIC)) {
            return "is an inner class: declare it static, or top-level";
        }
        if (!accessible(converter, packageOf(component))) {
            return "is not visible to the generated metamodel: make it public (or package-private in the entity's "
                    + "package)";
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(converter.getEnclosedElements());
        boolean noArg = constructors.stream().anyMatch(c -> c.getParameters().isEmpty()
                && c.getModifiers().contains(Modifier.PUBLIC));
        if (!noArg) {
            return "needs a public no-argument constructor: the generated metamodel creates the converter once with "
                    + "`new " + converter.getSimpleName() + "()`";
        }
        return null;
    }

    private static boolean accessible(TypeElement type, PackageElement from) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE)
                    || !t.getModifiers().contains(Modifier.PUBLIC) && !packageOf(t).equals(from)) {
                return false;
            }
        }
        return true;
    }

    private static PackageElement packageOf(Element e) {
        Element p = e;
        while (!(p instanceof PackageElement)) {
            p = p.getEnclosingElement();
        }
        return (PackageElement) p;
    }

    /** The {@code ColumnConverter<T, D>} supertype of {@code type} (its type arguments substituted), or null. */
    private @Nullable DeclaredType columnConverter(TypeMirror type) {
        for (TypeMirror s : types.directSupertypes(type)) {
            if (s instanceof DeclaredType d
                    && ((TypeElement) d.asElement()).getQualifiedName().contentEquals(COLUMN_CONVERTER)) {
                return d;
            }
            DeclaredType found = columnConverter(s);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private TypeMirror boxed(TypeMirror type) {
        return type instanceof PrimitiveType p ? types.boxedClass(p).asType() : type;
    }
}
