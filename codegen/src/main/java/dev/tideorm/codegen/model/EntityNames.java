package dev.tideorm.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The names of an entity record and of the classes generated for it. A nested record {@code Outer.Cake} gets
 * {@code Outer_Cake_} and {@code Outer_CakeActiveModel}.
 *
 * @param type        the entity record
 * @param metamodel   {@code Cake_}
 * @param activeModel {@code CakeActiveModel}
 */
public record EntityNames(ClassName type, ClassName metamodel, ClassName activeModel) {

    public static EntityNames of(ClassName type) {
        String base = String.join("_", type.simpleNames());
        return new EntityNames(type, ClassName.get(type.packageName(), base + "_"),
                ClassName.get(type.packageName(), base + "ActiveModel"));
    }

    public String packageName() {
        return type.packageName();
    }

    /** The simple names of the record, outermost first. */
    public List<String> simpleNames() {
        return type.simpleNames();
    }
}
