package dev.tideorm.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the emitters share: the {@code @Generated} marker (when {@code javax.annotation.processing.Generated} is
 * visible), whether JSpecify's {@code @Nullable} is available, and the names to qualify in a package.
 *
 * @param generatorName  the value of {@code @Generated}, or null to omit it
 * @param jspecify       whether {@code org.jspecify.annotations.Nullable} is on the compile path
 */
public record EmitContext(@Nullable String generatorName, boolean jspecify) {

    void generated(TypeSpec.Builder type) {
        if (generatorName != null) {
            type.addAnnotation(AnnotationSpec.builder(CoreTypes.GENERATED).addMember("value", "$S", generatorName)
                    .build());
        }
    }

    /** {@code type}, annotated {@code @Nullable} when {@code nullable} and JSpecify is available. */
    TypeName nullable(TypeName type, boolean nullable) {
        return nullable && jspecify && !type.isPrimitive()
                ? type.annotated(AnnotationSpec.builder(CoreTypes.NULLABLE).build()) : type;
    }

    /** Qualifies our runtime types whose simple names a type of {@code packageTypes} also uses. */
    static void avoidClashes(TypeSpec.Builder type, Set<String> packageTypes) {
        String[] clashes = CoreTypes.SIMPLE_NAMES.stream().filter(packageTypes::contains).toArray(String[]::new);
        if (clashes.length > 0) {
            type.alwaysQualify(clashes);
        }
    }

    static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
    }
}
