package dev.tideorm.codegen.model;

import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;

/**
 * One stored column of an entity.
 *
 * @param field         the record component name
 * @param name          the column name
 * @param constant      the metamodel constant name ({@code USER_ID})
 * @param index         the position among the entity's columns
 * @param declaredType  the component's declared type (may be primitive)
 * @param javaType      the boxed component type, the {@code T} of {@code Column<M, T>}
 * @param sqlType       the SQL type
 * @param converter     the value converter
 * @param stringColumn  whether the constant is a {@code StringColumn}
 */
public record ColumnModel(
        String field,
        String name,
        String constant,
        int index,
        TypeName declaredType,
        TypeName javaType,
        SqlTypeModel sqlType,
        ConverterModel converter,
        boolean stringColumn,
        boolean nullable,
        boolean primaryKey,
        boolean autoIncrement,
        boolean unique,
        boolean indexed,
        @Nullable String defaultValue,
        @Nullable String defaultExpr,
        @Nullable String renamedFrom) {
}
