package dev.tideorm.codegen.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** How a column's Java value is converted to the driver's value ({@code ValueConverter} factory to call). */
public sealed interface ConverterModel {
    /** The driver handles the type itself; no converter is emitted. */
    record Identity() implements ConverterModel {
    }

    /** {@code ValueConverter.enumByName(E.class)}. */
    record EnumByName(ClassName enumType) implements ConverterModel {
    }

    /** {@code ValueConverter.activeEnum(E.class, V.class)}. */
    record ActiveEnum(ClassName enumType, ClassName dbType) implements ConverterModel {
    }

    /** {@code ValueConverter.instant()}. */
    record InstantUtc() implements ConverterModel {
    }

    /** {@code ValueConverter.json()}: a {@code Json} tree stored as JSON text. */
    record JsonTree() implements ConverterModel {
    }

    /** {@code ValueConverter.of(Db.class, VT::accessor, VT::new)} for a {@code @ValueType} record. */
    record ValueType(ClassName valueType, TypeName dbType, String accessor) implements ConverterModel {
    }
}
