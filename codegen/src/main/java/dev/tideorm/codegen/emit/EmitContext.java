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

    /**
     * Qualifies every type from another package whose simple name a type of the generated class's own package
     * ({@code packageTypes}) also uses. A package type shadows an import on demand, {@code java.lang} included, so
     * {@code @Override}, {@code Long} or {@code Object} written plainly next to a package type of that name would
     * mean the package type; types of the package itself are still written by their simple names.
     */
    static void avoidClashes(TypeSpec.Builder type, Set<String> packageTypes) {
        if (!packageTypes.isEmpty()) {
            type.alwaysQualify(packageTypes.stream().sorted().toArray(String[]::new));
        }
    }

    static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
    }
}
