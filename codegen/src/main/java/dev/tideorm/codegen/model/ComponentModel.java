package dev.tideorm.codegen.model;

import com.palantir.javapoet.TypeName;

/**
 * A record component in declaration order, as the generated factory passes it to the canonical constructor.
 *
 * @param name  the component name
 * @param type  the declared type (without type annotations)
 * @param role  column, relation or ignored
 * @param index the position among the columns or among the relations; -1 for an ignored component
 */
public record ComponentModel(String name, TypeName type, Role role, int index) {
    /** What the component is. */
    public enum Role { COLUMN, RELATION, IGNORED }
}
