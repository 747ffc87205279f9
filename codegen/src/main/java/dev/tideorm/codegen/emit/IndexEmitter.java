package dev.tideorm.codegen.emit;

import static dev.tideorm.codegen.emit.CoreTypes.ENTITY_META;
import static dev.tideorm.codegen.emit.CoreTypes.ENTITY_PROVIDER;
import static dev.tideorm.codegen.emit.CoreTypes.LIST;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.tideorm.codegen.model.EntityNames;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Emits a package's {@code TideEntityIndex_}, the {@code EntityProvider} listed in META-INF/services. */
public final class IndexEmitter {
    private final EmitContext context;

    public IndexEmitter(EmitContext context) {
        this.context = context;
    }

    /**
     * @param name     the provider class
     * @param entities the package's entities, in a stable order
     * @param origins  their records (the index aggregates them)
     */
    public JavaFile emit(ClassName name, List<EntityNames> entities, List<? extends Element> origins,
                         Set<String> packageTypes) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ENTITY_PROVIDER)
                .addJavadoc("The entities of $L, found by {@code EntityRegistry} through {@code ServiceLoader}.\n",
                        name.packageName().isEmpty() ? "the unnamed package" : "package {@code " + name.packageName()
                                + "}");
        origins.forEach(type::addOriginatingElement);
        context.generated(type);
        EmitContext.avoidClashes(type, packageTypes);
        CodeBlock list = entities.stream().map(e -> CodeBlock.of("$T.ENTITY", e.metamodel()))
                .collect(CodeBlock.joining(",$W"));
        type.addMethod(MethodSpec.methodBuilder("entities")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(LIST,
                        ParameterizedTypeName.get(ENTITY_META, WildcardTypeName.subtypeOf(Object.class))))
                .addStatement("return $T.of($L)", LIST, list)
                .build());
        return EmitContext.file(name.packageName(), type.build());
    }
}
