package dev.tideorm.codegen.emit;

import static dev.tideorm.codegen.emit.CoreTypes.ACTIVE_MANY;
import static dev.tideorm.codegen.emit.CoreTypes.ACTIVE_MODEL;
import static dev.tideorm.codegen.emit.CoreTypes.ACTIVE_ONE;
import static dev.tideorm.codegen.emit.CoreTypes.ACTIVE_VALUE;
import static dev.tideorm.codegen.emit.CoreTypes.DB_CONN;
import static dev.tideorm.codegen.emit.CoreTypes.FLUX;
import static dev.tideorm.codegen.emit.CoreTypes.LIST;
import static dev.tideorm.codegen.emit.CoreTypes.LONG;
import static dev.tideorm.codegen.emit.CoreTypes.MONO;
import static dev.tideorm.codegen.emit.CoreTypes.WRITES;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tideorm.codegen.model.ColumnModel;
import dev.tideorm.codegen.model.EntityModel;
import dev.tideorm.codegen.model.EntityNames;
import dev.tideorm.codegen.model.Names;
import dev.tideorm.codegen.model.RelationModel;
import dev.tideorm.core.meta.RelationKind;
import com.palantir.javapoet.JavaFile;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code CakeActiveModel}: typed setters and getters that delegate to {@code ActiveModel}; no logic of its
 * own.
 */
public final class ActiveModelEmitter {
    private final EmitContext context;

    public ActiveModelEmitter(EmitContext context) {
        this.context = context;
    }

    public JavaFile emit(EntityModel e, Element origin, Set<String> packageTypes) {
        TypeSpec.Builder type = skeleton(e.names(), e.publicType(), origin, packageTypes);
        ClassName self = e.names().activeModel();
        ClassName meta = e.names().metamodel();
        type.addMethod(MethodSpec.methodBuilder("from")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(e.names().type(), "model")
                .addJavadoc("The active model of a loaded record: every column {@code Unchanged}, loaded relations "
                        + "kept.\n")
                .addStatement("return ($T) $T.ENTITY.toActiveModel(model)", self, meta)
                .build());
        for (ColumnModel c : e.columns()) {
            addColumn(type, self, meta, c);
        }
        for (RelationModel r : e.relations()) {
            if (r.toOne()) {
                addToOne(type, self, meta, r);
            } else {
                addToMany(type, self, meta, r);
            }
        }
        return EmitContext.file(e.names().packageName(), type.build());
    }

    /** A stub with the constructor and {@code builder()}, for an entity with errors. */
    public JavaFile stub(EntityNames names, boolean publicType, Element origin, Set<String> packageTypes) {
        return EmitContext.file(names.packageName(), skeleton(names, publicType, origin, packageTypes).build());
    }

    private TypeSpec.Builder skeleton(EntityNames names, boolean publicType, Element origin, Set<String> packageTypes) {
        ClassName self = names.activeModel();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addOriginatingElement(origin)
                .addModifiers(MetamodelEmitter.modifiers(publicType, Modifier.FINAL))
                .superclass(ParameterizedTypeName.get(ACTIVE_MODEL, names.type(), self))
                .addJavadoc("Change-tracking active model of {@link $T}: every setter marks its field {@code Set}.\n",
                        names.type());
        context.generated(type);
        EmitContext.avoidClashes(type, packageTypes);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("An empty active model: every field {@code NotSet}.\n")
                .addStatement("super($T.ENTITY)", names.metamodel())
                .build());
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addJavadoc("An empty active model to chain setters on.\n")
                .addStatement("return new $T()", self)
                .build());
        addWrites(type, self, names.type());
        return type;
    }

    /** The terminal operations, delegating to the runtime ({@code Writes}); their contracts are on ActiveModel. */
    private static void addWrites(TypeSpec.Builder type, ClassName self, ClassName entity) {
        type.addMethod(write("save", ParameterizedTypeName.get(MONO, self)));
        type.addMethod(write("insert", ParameterizedTypeName.get(MONO, entity)));
        type.addMethod(write("update", ParameterizedTypeName.get(MONO, entity)));
        type.addMethod(write("delete", ParameterizedTypeName.get(MONO, LONG)));
        type.addMethod(write("cascadeDelete", ParameterizedTypeName.get(MONO, LONG)));
        type.addMethod(MethodSpec.methodBuilder("saveAll")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(FLUX, self))
                .addParameter(DB_CONN, "db")
                .addParameter(ParameterizedTypeName.get(LIST, self), "models")
                .addJavadoc("Saves every model's graph in one transaction, rows of all graphs batched together; emits "
                        + "the models in input order once committed. See {@code save}.\n")
                .addStatement("return $T.saveAll(db, models)", WRITES)
                .build());
    }

    private static MethodSpec write(String name, ParameterizedTypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addParameter(DB_CONN, "db")
                .addStatement("return $T.$L(this, db)", WRITES, name)
                .build();
    }

    private void addColumn(TypeSpec.Builder type, ClassName self, ClassName meta, ColumnModel c) {
        String cap = Names.capitalize(c.field());
        type.addMethod(MethodSpec.methodBuilder("set" + cap)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(context.nullable(c.declaredType(), c.nullable()), c.field())
                .addJavadoc("Sets {@code $L}: {@code Set(value)}.\n", c.field())
                .addStatement("return set($T.$L, $L)", meta, c.constant(), c.field())
                .build());
        type.addMethod(MethodSpec.methodBuilder("set" + cap + "IfNotEqual")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(context.nullable(c.declaredType(), c.nullable()), c.field())
                .addJavadoc("Sets {@code $L} unless it is {@code Unchanged} with an equal value.\n", c.field())
                .addStatement("return setIfNotEqual($T.$L, $L)", meta, c.constant(), c.field())
                .build());
        type.addMethod(MethodSpec.methodBuilder(c.field())
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ACTIVE_VALUE, c.javaType()))
                .addJavadoc("The state of {@code $L}.\n", c.field())
                .addStatement("return get($T.$L)", meta, c.constant())
                .build());
    }

    private static void addToOne(TypeSpec.Builder type, ClassName self, ClassName meta, RelationModel r) {
        String cap = Names.capitalize(r.field());
        type.addMethod(MethodSpec.methodBuilder("set" + cap)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(r.target().activeModel(), r.field())
                .addJavadoc("Sets {@code $L}: saved with this model and linked to it.\n", r.field())
                .addStatement("return setRelated($T.$L, $L)", meta, r.constant(), r.field())
                .build());
        // A required belongs-to cannot be detached: its foreign key is NOT NULL (SeaORM's BelongsTo<E> has no clear).
        if (r.kind() != RelationKind.BELONGS_TO || r.optional()) {
            type.addMethod(MethodSpec.methodBuilder("clear" + cap)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(self)
                    .addJavadoc("Detaches {@code $L} ({@code Set(null)}); see {@code ActiveModel.clearRelated}.\n",
                            r.field())
                    .addStatement("return clearRelated($T.$L)", meta, r.constant())
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder(r.field())
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ACTIVE_ONE, r.target().type()))
                .addJavadoc("The state of {@code $L}.\n", r.field())
                .addStatement("return one($T.$L)", meta, r.constant())
                .build());
    }

    private static void addToMany(TypeSpec.Builder type, ClassName self, ClassName meta, RelationModel r) {
        String singular = Names.singular(r.field());
        String parameter = Names.parameterName(singular);
        type.addMethod(MethodSpec.methodBuilder("add" + Names.capitalize(singular))
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(r.target().activeModel(), parameter)
                .addJavadoc("Appends to {@code $L} ({@code NotSet} becomes {@code Append}).\n", r.field())
                .addStatement("return addRelated($T.$L, $L)", meta, r.constant(), parameter)
                .build());
        type.addMethod(MethodSpec.methodBuilder("remove" + Names.capitalize(singular))
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(r.target().activeModel(), parameter)
                .addJavadoc(r.kind() == RelationKind.MANY_TO_MANY
                        ? "Unlinks one persisted {@code $L} on save: its junction row is deleted, the row itself stays.\n"
                        : "Removes one persisted child from {@code $L} on save: deleted, or orphaned (foreign key set "
                                + "to NULL) where the foreign key is nullable.\n", r.field())
                .addStatement("return removeRelated($T.$L, $L)", meta, r.constant(), parameter)
                .build());
        type.addMethod(MethodSpec.methodBuilder("replace" + Names.capitalize(r.field()))
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(ParameterizedTypeName.get(LIST, r.target().activeModel()), r.field())
                .addJavadoc("Makes {@code $L} exactly these ({@code Replace}): others are deleted, orphaned or "
                        + "unlinked on save.\n", r.field())
                .addStatement("return replaceAll($T.$L, $L)", meta, r.constant(), r.field())
                .build());
        type.addMethod(MethodSpec.methodBuilder(r.field())
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ACTIVE_MANY, r.target().type()))
                .addJavadoc("The state of {@code $L}.\n", r.field())
                .addStatement("return many($T.$L)", meta, r.constant())
                .build());
    }
}
