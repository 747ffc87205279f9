package dev.tideorm.codegen.analyze;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.tideorm.codegen.model.ConverterModel;
import dev.tideorm.codegen.model.SqlTypeModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/** Maps a component's Java type to its SQL type and value converter. */
final class TypeMapper {
    static final String SUPPORTED = "boolean, short, int, long, float, double and their boxes, String, BigDecimal, "
            + "UUID, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, Instant, byte[], "
            + "dev.tideorm.core.json.JsonText, Java enums (by name, or "
            + "implementing ActiveEnum<Integer|String>), and records annotated @ValueType with one such component";
    private static final String JSON_TEXT = "dev.tideorm.core.json.JsonText";

    private static final Map<String, SqlTypeModel> BASIC = Map.ofEntries(
            Map.entry("java.lang.Boolean", SqlTypeModel.of("BOOLEAN")),
            Map.entry("java.lang.Short", SqlTypeModel.of("SMALLINT")),
            Map.entry("java.lang.Integer", SqlTypeModel.of("INTEGER")),
            Map.entry("java.lang.Long", SqlTypeModel.of("BIGINT")),
            Map.entry("java.lang.Float", SqlTypeModel.of("REAL")),
            Map.entry("java.lang.Double", SqlTypeModel.of("DOUBLE")),
            Map.entry("java.util.UUID", SqlTypeModel.of("UUID")),
            Map.entry("java.time.LocalDate", SqlTypeModel.of("DATE")),
            Map.entry("java.time.LocalTime", SqlTypeModel.of("TIME")),
            Map.entry("java.time.LocalDateTime", SqlTypeModel.of("TIMESTAMP")),
            Map.entry("java.time.OffsetDateTime", SqlTypeModel.of("TIMESTAMP_TZ")),
            Map.entry("java.time.Instant", SqlTypeModel.of("TIMESTAMP_TZ")));

    /** Size and JSON options from {@code @Column}. */
    record Options(int length, int precision, int scale, boolean json) {
        static final Options NONE = new Options(0, 0, 0, false);
    }

    /**
     * A mapping, or the reason there is none.
     *
     * @param javaType the boxed Java type ({@code T} of {@code Column<M, T>})
     * @param string   whether the metamodel constant is a {@code StringColumn}
     */
    record Mapping(@Nullable SqlTypeModel sqlType, @Nullable TypeName javaType, ConverterModel converter,
                   boolean string, @Nullable String error) {
        static Mapping ok(SqlTypeModel sql, TypeName javaType, ConverterModel converter, boolean string) {
            return new Mapping(sql, javaType, converter, string, null);
        }

        static Mapping fail(String error) {
            return new Mapping(null, null, new ConverterModel.Identity(), false, error);
        }
    }

    private final Types types;

    TypeMapper(Types types) {
        this.types = types;
    }

    Mapping map(TypeMirror type, Options options) {
        return map(type, options, true);
    }

    /** {@code valueTypes} is false inside a {@code @ValueType}, which wraps a basic type, never another value type. */
    private Mapping map(TypeMirror type, Options options, boolean valueTypes) {
        if (options.json()) {
            return json(type);
        }
        if (type.getKind().isPrimitive()) {
            return primitive(type);
        }
        if (type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE) {
            return Mapping.ok(SqlTypeModel.of("BINARY"), ArrayTypeName.of(TypeName.BYTE),
                    new ConverterModel.Identity(), false);
        }
        if (!(type instanceof DeclaredType declared)) {
            return Mapping.fail(unsupported(type));
        }
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        ClassName boxed = ClassName.get(element);
        if (name.equals("java.lang.String")) {
            SqlTypeModel sql = options.length() > 0 ? new SqlTypeModel("VARCHAR", options.length(), 0, 0)
                    : SqlTypeModel.of("TEXT");
            return Mapping.ok(sql, boxed, new ConverterModel.Identity(), true);
        }
        if (name.equals(JSON_TEXT)) {
            return Mapping.ok(SqlTypeModel.of("JSON"), boxed, new ConverterModel.JsonText(), false);
        }
        if (name.equals("java.math.BigDecimal")) {
            return Mapping.ok(new SqlTypeModel("DECIMAL", 0, options.precision(), options.scale()), boxed,
                    new ConverterModel.Identity(), false);
        }
        SqlTypeModel basic = BASIC.get(name);
        if (basic != null) {
            ConverterModel converter = name.equals("java.time.Instant")
                    ? new ConverterModel.InstantUtc() : new ConverterModel.Identity();
            return Mapping.ok(basic, boxed, converter, false);
        }
        if (element.getKind() == ElementKind.ENUM) {
            return enumMapping(element, boxed, options);
        }
        if (valueTypes && element.getKind() == ElementKind.RECORD && Annotations.has(element, Annotations.VALUE_TYPE)) {
            return valueType(element, boxed, options);
        }
        return Mapping.fail(unsupported(type));
    }

    /**
     * {@code @Column(json = true)}: a String as is, a JsonText as its text, anything else but a primitive through
     * the runtime's JsonCodec.
     */
    private Mapping json(TypeMirror type) {
        SqlTypeModel json = SqlTypeModel.of("JSON");
        if (type.getKind().isPrimitive()) {
            return Mapping.fail("@Column(json = true) stores an object as JSON, and " + display(type) + " is a "
                    + "primitive: declare a String, a JsonText, or a record, List or Map converted by the JsonCodec "
                    + "(tideorm-jackson)");
        }
        if (isString(type)) {
            return Mapping.ok(json, ClassName.get(String.class), new ConverterModel.Identity(), false);
        }
        TypeName javaType = plain(TypeName.get(type));
        if (type instanceof DeclaredType d && ((TypeElement) d.asElement()).getQualifiedName().contentEquals(JSON_TEXT)) {
            return Mapping.ok(json, javaType, new ConverterModel.JsonText(), false);
        }
        if (!(type instanceof DeclaredType) && !(type instanceof ArrayType)) {
            return Mapping.fail(unsupported(type));
        }
        return Mapping.ok(json, javaType, new ConverterModel.JsonCodec(javaType), false);
    }

    private Mapping primitive(TypeMirror type) {
        return switch (type.getKind()) {
            case BOOLEAN -> Mapping.ok(SqlTypeModel.of("BOOLEAN"), TypeName.BOOLEAN.box(), identity(), false);
            case SHORT -> Mapping.ok(SqlTypeModel.of("SMALLINT"), TypeName.SHORT.box(), identity(), false);
            case INT -> Mapping.ok(SqlTypeModel.of("INTEGER"), TypeName.INT.box(), identity(), false);
            case LONG -> Mapping.ok(SqlTypeModel.of("BIGINT"), TypeName.LONG.box(), identity(), false);
            case FLOAT -> Mapping.ok(SqlTypeModel.of("REAL"), TypeName.FLOAT.box(), identity(), false);
            case DOUBLE -> Mapping.ok(SqlTypeModel.of("DOUBLE"), TypeName.DOUBLE.box(), identity(), false);
            default -> Mapping.fail(unsupported(type));
        };
    }

    private Mapping enumMapping(TypeElement element, ClassName type, Options options) {
        TypeMirror stored = activeEnumValueType(element.asType());
        SqlTypeModel varchar = new SqlTypeModel("VARCHAR", options.length(), 0, 0);
        if (stored == null) {
            return Mapping.ok(varchar, type, new ConverterModel.EnumByName(type), false);
        }
        if (stored.getKind() == TypeKind.NULL) {
            return Mapping.fail("enum " + element.getSimpleName() + " implements the raw type ActiveEnum: declare "
                    + "ActiveEnum<Integer> or ActiveEnum<String>");
        }
        String storedName = stored.toString();
        if (storedName.equals("java.lang.Integer")) {
            return Mapping.ok(SqlTypeModel.of("INTEGER"), type,
                    new ConverterModel.ActiveEnum(type, ClassName.get(Integer.class)), false);
        }
        if (storedName.equals("java.lang.String")) {
            return Mapping.ok(varchar, type, new ConverterModel.ActiveEnum(type, ClassName.get(String.class)), false);
        }
        return Mapping.fail("enum " + element.getSimpleName() + " implements ActiveEnum<" + display(stored)
                + ">; ActiveEnum supports Integer or String database values");
    }

    /** The {@code V} of an {@code ActiveEnum<V>} supertype, or null. */
    private @Nullable TypeMirror activeEnumValueType(TypeMirror type) {
        for (TypeMirror s : types.directSupertypes(type)) {
            if (s instanceof DeclaredType d && ((TypeElement) d.asElement()).getQualifiedName()
                    .contentEquals("dev.tideorm.core.model.ActiveEnum")) {
                return d.getTypeArguments().isEmpty() ? types.getNullType() : d.getTypeArguments().get(0);
            }
            TypeMirror found = activeEnumValueType(s);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Mapping valueType(TypeElement element, ClassName type, Options options) {
        List<? extends RecordComponentElement> comps = element.getRecordComponents();
        String name = element.getSimpleName().toString();
        if (!element.getTypeParameters().isEmpty()) {
            return Mapping.fail("@ValueType record " + name + " must not be generic");
        }
        if (comps.size() != 1) {
            return Mapping.fail("@ValueType record " + name + " must have exactly one component (it has "
                    + comps.size() + ")");
        }
        RecordComponentElement inner = comps.get(0);
        Mapping m = map(inner.asType(), options, false);
        if (m.error() != null || !(m.converter() instanceof ConverterModel.Identity) || m.javaType() == null
                || m.sqlType() == null) {
            return Mapping.fail("the component " + name + "." + inner.getSimpleName() + " of @ValueType record "
                    + name + " must be a basic type (boolean, short, int, long, float, double and their boxes, "
                    + "String, BigDecimal, UUID, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, byte[])");
        }
        return Mapping.ok(m.sqlType(), type,
                new ConverterModel.ValueType(type, m.javaType(), inner.getSimpleName().toString()), false);
    }

    private static ConverterModel identity() {
        return new ConverterModel.Identity();
    }

    private static boolean isString(TypeMirror type) {
        return type instanceof DeclaredType d
                && ((TypeElement) d.asElement()).getQualifiedName().contentEquals("java.lang.String");
    }

    /** A type name without any type annotation, at any depth ({@code @Nullable} is handled separately). */
    static TypeName plain(TypeName type) {
        if (type instanceof ParameterizedTypeName p) {
            return ParameterizedTypeName.get(p.rawType().withoutAnnotations(),
                    p.typeArguments().stream().map(TypeMapper::plain).toArray(TypeName[]::new));
        }
        if (type instanceof ArrayTypeName a) {
            return ArrayTypeName.of(plain(a.componentType()));
        }
        if (type instanceof WildcardTypeName w) {
            return w.lowerBounds().isEmpty() ? WildcardTypeName.subtypeOf(plain(w.upperBounds().get(0)))
                    : WildcardTypeName.supertypeOf(plain(w.lowerBounds().get(0)));
        }
        return type.withoutAnnotations();
    }

    /** The type as written in source, without type annotations. */
    static String display(TypeMirror type) {
        try {
            return plain(TypeName.get(type)).toString();
        } catch (RuntimeException e) {
            return type.toString();
        }
    }

    static String unsupported(TypeMirror type) {
        return "unsupported type " + display(type) + ": a column can be " + SUPPORTED
                + ". Store other types as JSON with @Column(json = true) (through the JsonCodec of tideorm-jackson), "
                + "convert them with @Convert(YourConverter.class), wrap them in a @ValueType record, or mark the "
                + "component @Ignore to leave it out of the table";
    }
}
