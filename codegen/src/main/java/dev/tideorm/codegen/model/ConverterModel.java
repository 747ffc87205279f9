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

    /** {@code ValueConverter.jsonText()}: a {@code JsonText} stored as its text. */
    record JsonText() implements ConverterModel {
    }

    /**
     * {@code ValueConverter.json(T.class)}, or {@code ValueConverter.json(new TypeRef<T>() {})} for a generic
     * {@code T}: any other type stored as JSON through the runtime's JsonCodec.
     */
    record JsonCodec(TypeName type) implements ConverterModel {
    }

    /** {@code ValueConverter.of(Db.class, VT::accessor, VT::new)} for a {@code @ValueType} record. */
    record ValueType(ClassName valueType, TypeName dbType, String accessor) implements ConverterModel {
    }

    /**
     * {@code ValueConverter.of(new X(), D.class)} for a {@code @Convert(X.class)} converter to a type the driver
     * binds, or {@code ValueConverter.of(new X(), then)} when D needs a converter of its own.
     *
     * @param converterType the user's {@code ColumnConverter} class
     * @param dbType        the boxed D, as mapped on its own
     * @param then          D's own converter ({@link Identity} when the driver binds D)
     */
    record Custom(ClassName converterType, TypeName dbType, ConverterModel then) implements ConverterModel {
    }
}
