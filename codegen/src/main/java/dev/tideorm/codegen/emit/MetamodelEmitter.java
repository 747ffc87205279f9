package dev.tideorm.codegen.emit;

import static dev.tideorm.codegen.emit.CoreTypes.COLUMN;
import static dev.tideorm.codegen.emit.CoreTypes.COLUMN_TYPE;
import static dev.tideorm.codegen.emit.CoreTypes.ENTITY_META;
import static dev.tideorm.codegen.emit.CoreTypes.FOREIGN_KEY_ACTION;
import static dev.tideorm.codegen.emit.CoreTypes.LIST;
import static dev.tideorm.codegen.emit.CoreTypes.HAS_MANY;
import static dev.tideorm.codegen.emit.CoreTypes.HAS_ONE;
import static dev.tideorm.codegen.emit.CoreTypes.RELATED;
import static dev.tideorm.codegen.emit.CoreTypes.RELATION;
import static dev.tideorm.codegen.emit.CoreTypes.RELATION_KIND;
import static dev.tideorm.codegen.emit.CoreTypes.SQL_TYPE;
import static dev.tideorm.codegen.emit.CoreTypes.STRING_COLUMN;
import static dev.tideorm.codegen.emit.CoreTypes.TYPE_REF;
import static dev.tideorm.codegen.emit.CoreTypes.VALUE_CONVERTER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tideorm.codegen.model.ColumnModel;
import dev.tideorm.codegen.model.ComponentModel;
import dev.tideorm.codegen.model.ConverterModel;
import dev.tideorm.codegen.model.EntityModel;
import dev.tideorm.codegen.model.EntityNames;
import dev.tideorm.codegen.model.RelationModel;
import dev.tideorm.codegen.model.SqlTypeModel;
import dev.tideorm.core.annotation.ForeignKeyAction;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Emits {@code Cake_}: typed column and relation constants, {@code ENTITY}, and the static query helpers. */
public final class MetamodelEmitter {
    private final EmitContext context;

    public MetamodelEmitter(EmitContext context) {
        this.context = context;
    }

    public JavaFile emit(EntityModel e, Element origin, Set<String> packageTypes) {
        ClassName entity = e.names().type();
        TypeSpec.Builder type = TypeSpec.classBuilder(e.names().metamodel())
                .addOriginatingElement(origin)
                .addModifiers(modifiers(e.publicType(), Modifier.FINAL))
                .addJavadoc("Metamodel of {@link $T} (table {@code $L}): typed columns and relations, the entity "
                        + "metadata,\nand query helpers.\n", entity, e.table());
        context.generated(type);
        EmitContext.avoidClashes(type, packageTypes);
        for (ColumnModel c : e.columns()) {
            type.addField(column(e, c));
        }
        for (RelationModel r : e.relations()) {
            type.addField(relation(entity, r));
        }
        type.addField(entityField(e));
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        new FinderEmitter(context).addHelpers(type, e);
        return EmitContext.file(e.names().packageName(), type.build());
    }

    /** A stub for an entity with errors, so that code using {@code Cake_.ENTITY} does not add errors of its own. */
    public JavaFile stub(EntityNames names, boolean publicType, Element origin, Set<String> packageTypes) {
        TypeSpec.Builder type = TypeSpec.classBuilder(names.metamodel())
                .addOriginatingElement(origin)
                .addModifiers(modifiers(publicType, Modifier.FINAL))
                .addJavadoc("Stub: {@link $T} has errors (see the compiler output); nothing else was generated.\n",
                        names.type());
        context.generated(type);
        EmitContext.avoidClashes(type, packageTypes);
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(ENTITY_META, names.type()), "ENTITY",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).initializer("null").build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return EmitContext.file(names.packageName(), type.build());
    }

    static Modifier[] modifiers(boolean publicType, Modifier... more) {
        if (!publicType) {
            return more;
        }
        Modifier[] out = new Modifier[more.length + 1];
        out[0] = Modifier.PUBLIC;
        System.arraycopy(more, 0, out, 1, more.length);
        return out;
    }

    private FieldSpec column(EntityModel e, ColumnModel c) {
        ClassName entity = e.names().type();
        TypeName fieldType = c.stringColumn() ? ParameterizedTypeName.get(STRING_COLUMN, entity)
                : ParameterizedTypeName.get(COLUMN, entity, c.javaType());
        CodeBlock.Builder init = CodeBlock.builder()
                .add("$T.<$T, $T>spec($S,$W$S,$W$S,$W$T.class)", COLUMN, entity, c.javaType(), e.table(), c.name(),
                        c.field(), raw(c.javaType()))
                .add("\n$>$>.index($L)", c.index())
                .add("\n.type($L)", columnType(c.sqlType()));
        flag(init, "nullable", c.nullable());
        flag(init, "primaryKey", c.primaryKey());
        flag(init, "autoIncrement", c.autoIncrement());
        flag(init, "unique", c.unique());
        flag(init, "indexed", c.indexed());
        text(init, "defaultValue", c.defaultValue());
        text(init, "defaultExpr", c.defaultExpr());
        text(init, "renamedFrom", c.renamedFrom());
        init.add("\n.getter($T::$L)", entity, c.field());
        if (!(c.converter() instanceof ConverterModel.Identity)) {
            init.add("\n.converter($L)", converter(c.converter()));
        }
        init.add("\n.$L()$<$<", c.stringColumn() ? "buildString" : "build");
        return FieldSpec.builder(fieldType, c.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Column {@code $S.$S}$L.\n", e.table(), c.name(),
                        c.field().equals(c.name()) ? "" : " (component {@code " + c.field() + "})")
                .initializer(init.build())
                .build();
    }

    private static void flag(CodeBlock.Builder init, String name, boolean value) {
        if (value) {
            init.add("\n.$L(true)", name);
        }
    }

    private static void text(CodeBlock.Builder init, String name, String value) {
        if (value != null) {
            init.add("\n.$L($S)", name, value);
        }
    }

    static CodeBlock columnType(SqlTypeModel t) {
        if (t.kind().equals("VARCHAR") && t.length() > 0) {
            return CodeBlock.of("$T.varchar($L)", COLUMN_TYPE, t.length());
        }
        if (t.kind().equals("DECIMAL") && (t.precision() > 0 || t.scale() > 0)) {
            return CodeBlock.of("$T.decimal($L, $L)", COLUMN_TYPE, t.precision(), t.scale());
        }
        return CodeBlock.of("$T.of($T.$L)", COLUMN_TYPE, SQL_TYPE, t.kind());
    }

    private static CodeBlock converter(ConverterModel c) {
        if (c instanceof ConverterModel.EnumByName en) {
            return CodeBlock.of("$T.enumByName($T.class)", VALUE_CONVERTER, en.enumType());
        }
        if (c instanceof ConverterModel.ActiveEnum ae) {
            return CodeBlock.of("$T.activeEnum($T.class, $T.class)", VALUE_CONVERTER, ae.enumType(), ae.dbType());
        }
        if (c instanceof ConverterModel.ValueType vt) {
            return CodeBlock.of("$T.<$T, $T>of($T.class, $T::$L, $T::new)", VALUE_CONVERTER, vt.valueType(),
                    vt.dbType(), vt.dbType(), vt.valueType(), vt.accessor(), vt.valueType());
        }
        if (c instanceof ConverterModel.Custom cc) {
            return cc.then() instanceof ConverterModel.Identity
                    ? CodeBlock.of("$T.of(new $T(), $T.class)", VALUE_CONVERTER, cc.converterType(), raw(cc.dbType()))
                    : CodeBlock.of("$T.of(new $T(),$W$L)", VALUE_CONVERTER, cc.converterType(), converter(cc.then()));
        }
        if (c instanceof ConverterModel.JsonText) {
            return CodeBlock.of("$T.jsonText()", VALUE_CONVERTER);
        }
        if (c instanceof ConverterModel.JsonCodec jc) {
            return jc.type() instanceof ParameterizedTypeName
                    ? CodeBlock.of("$T.json(new $T<$T>() {})", VALUE_CONVERTER, TYPE_REF, jc.type())
                    : CodeBlock.of("$T.json($T.class)", VALUE_CONVERTER, jc.type());
        }
        return CodeBlock.of("$T.instant()", VALUE_CONVERTER);
    }

    /** The class literal's type: {@code List} for {@code List<Topping>}. */
    static TypeName raw(TypeName type) {
        if (type instanceof ParameterizedTypeName p) {
            return p.rawType();
        }
        if (type instanceof ArrayTypeName a) {
            return ArrayTypeName.of(raw(a.componentType()));
        }
        return type;
    }

    private static FieldSpec relation(ClassName entity, RelationModel r) {
        ClassName target = r.target().type();
        CodeBlock.Builder init = CodeBlock.builder()
                .add("$T.of($T.<$T, $T>builder($S,$W$T.$L,$W() -> $T.ENTITY)", RELATED, RELATION, entity, target,
                        r.field(), RELATION_KIND, r.kind().name(), r.target().metamodel())
                .add("\n$>$>.index($L)", r.index())
                .add("\n.keys($L, $L)", listOf(r.fromColumns()), listOf(r.toColumns()));
        if (r.junction() != null) {
            init.add("\n.junction(() -> $T.ENTITY, $L, $L)", r.junction().entity().metamodel(),
                    listOf(r.junction().fromColumns()), listOf(r.junction().toColumns()));
        }
        flag(init, "optional", r.optional());
        if (r.onDelete() != ForeignKeyAction.NO_ACTION) {
            init.add("\n.onDelete($T.$L)", FOREIGN_KEY_ACTION, r.onDelete().name());
        }
        if (r.onUpdate() != ForeignKeyAction.NO_ACTION) {
            init.add("\n.onUpdate($T.$L)", FOREIGN_KEY_ACTION, r.onUpdate().name());
        }
        text(init, "fkName", r.fkName());
        init.add(")$<$<");
        return FieldSpec.builder(ParameterizedTypeName.get(RELATED, entity, target), r.constant(), Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Relation {@code $L}: $L.\n", r.field(), describe(r))
                .initializer(init.build())
                .build();
    }

    private static CodeBlock describe(RelationModel r) {
        return switch (r.kind()) {
            case BELONGS_TO -> CodeBlock.of("belongs to {@link $T}", r.target().type());
            case HAS_ONE -> CodeBlock.of("has one {@link $T}", r.target().type());
            case HAS_MANY -> CodeBlock.of("has many {@link $T}", r.target().type());
            case MANY_TO_MANY -> r.junction() == null ? CodeBlock.of("many-to-many with {@link $T}", r.target().type())
                    : CodeBlock.of("many-to-many with {@link $T} through {@link $T}", r.target().type(),
                    r.junction().entity().type());
        };
    }

    static CodeBlock listOf(List<String> names) {
        return CodeBlock.of("$T.of($L)", LIST, names.stream().map(n -> CodeBlock.of("$S", n))
                .collect(CodeBlock.joining(", ")));
    }

    private FieldSpec entityField(EntityModel e) {
        ClassName entity = e.names().type();
        CodeBlock.Builder init = CodeBlock.builder()
                .add("$T.builder($T.class, $S)$>$>", ENTITY_META, entity, e.table());
        if (e.schema() != null) {
            init.add("\n.schema($S)", e.schema());
        }
        e.columns().forEach(c -> init.add("\n.column($L)", c.constant()));
        e.relations().forEach(r -> init.add("\n.relation($L)", r.constant()));
        e.uniqueKeys().forEach((name, cols) -> init.add("\n.uniqueKey($S, $L)", name, listOf(cols)));
        init.add("\n.factory((c, r) -> new $T($L))", entity, factoryArguments(e.components()));
        init.add("\n.rowFactory((row, o) -> new $T($L))", entity, rowFactoryArguments(e));
        if (!e.relations().isEmpty()) {
            init.add("\n.relationValues(m -> new $T[] {$L})", ClassName.OBJECT, e.relations().stream()
                    .map(r -> CodeBlock.of("m.$L()", r.field())).collect(CodeBlock.joining(", ")));
        }
        init.add("\n.activeModel($T::new)", e.names().activeModel());
        if (e.behavior() != null) {
            init.add("\n.behavior(new $T())", e.behavior());
        }
        init.add("\n.build()$<$<");
        FieldSpec.Builder field = FieldSpec.builder(ParameterizedTypeName.get(ENTITY_META, entity), "ENTITY",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The entity: table, columns, keys, relations, and how to build a {@link $T}.\n", entity)
                .initializer(init.build());
        // The factory casts Object to each relation's HasOne<T>/HasMany<T>, and to each generic column type.
        if (!e.relations().isEmpty() || e.columns().stream().anyMatch(c -> isGeneric(c.declaredType()))) {
            field.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked").build());
        }
        return field.build();
    }

    private static boolean isGeneric(TypeName type) {
        return type instanceof ParameterizedTypeName
                || type instanceof ArrayTypeName a && isGeneric(a.componentType());
    }

    private static CodeBlock factoryArguments(List<ComponentModel> components) {
        return components.stream().map(c -> switch (c.role()) {
            case COLUMN -> CodeBlock.of("($T) c[$L]", c.type(), c.index());
            case RELATION -> CodeBlock.of("($T) r[$L]", c.type(), c.index());
            case IGNORED -> defaultValue(c.type());
        }).collect(CodeBlock.joining(",$W"));
    }

    /** Each column read from the row at its position, each relation unloaded, ignored components defaulted. */
    private static CodeBlock rowFactoryArguments(EntityModel e) {
        return e.components().stream().map(c -> switch (c.role()) {
            case COLUMN -> c.index() == 0 ? CodeBlock.of("$L.read(row, o)", e.columns().get(0).constant())
                    : CodeBlock.of("$L.read(row, o + $L)", e.columns().get(c.index()).constant(), c.index());
            case RELATION -> CodeBlock.of("$T.unloaded()", e.relations().get(c.index()).toOne() ? HAS_ONE : HAS_MANY);
            case IGNORED -> defaultValue(c.type());
        }).collect(CodeBlock.joining(",$W"));
    }

    private static CodeBlock defaultValue(TypeName type) {
        if (!type.isPrimitive()) {
            return CodeBlock.of("null");
        }
        if (type.equals(TypeName.BOOLEAN)) {
            return CodeBlock.of("false");
        }
        if (type.equals(TypeName.LONG)) {
            return CodeBlock.of("0L");
        }
        if (type.equals(TypeName.FLOAT)) {
            return CodeBlock.of("0F");
        }
        if (type.equals(TypeName.DOUBLE)) {
            return CodeBlock.of("0D");
        }
        if (type.equals(TypeName.INT)) {
            return CodeBlock.of("0");
        }
        return CodeBlock.of("($T) 0", type);
    }
}
