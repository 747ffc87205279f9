package dev.tideorm.codegen.emit;

import static dev.tideorm.codegen.emit.CoreTypes.DELETE;
import static dev.tideorm.codegen.emit.CoreTypes.EXPR;
import static dev.tideorm.codegen.emit.CoreTypes.INSERT;
import static dev.tideorm.codegen.emit.CoreTypes.LIST;
import static dev.tideorm.codegen.emit.CoreTypes.SELECT;
import static dev.tideorm.codegen.emit.CoreTypes.UPDATE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tideorm.codegen.model.ColumnModel;
import dev.tideorm.codegen.model.EntityModel;
import dev.tideorm.codegen.model.FinderModel;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Emits the static query helpers of a metamodel; each builds a query value and runs nothing. */
final class FinderEmitter {
    private final EmitContext context;

    FinderEmitter(EmitContext context) {
        this.context = context;
    }

    void addHelpers(TypeSpec.Builder type, EntityModel e) {
        ClassName entity = e.names().type();
        TypeName select = ParameterizedTypeName.get(SELECT, entity);
        TypeName delete = ParameterizedTypeName.get(DELETE, entity);
        type.addMethod(helper("find", select, List.of())
                .addJavadoc("{@code SELECT <columns> FROM $S}.\n", e.table())
                .addStatement("return $T.of(ENTITY)", SELECT).build());
        List<ColumnModel> pk = e.primaryKey();
        CodeBlock pkCondition = CodeBlock.of("$T.primaryKeyCondition(ENTITY, $L)", SELECT, arguments(pk));
        type.addMethod(helper("findById", select, pk)
                .addJavadoc("The row with this primary key ({@code $L}).\n", names(pk))
                .addStatement("return $T.byId(ENTITY, $L)", SELECT, arguments(pk)).build());
        type.addMethod(helper("deleteById", delete, pk)
                .addJavadoc("{@code DELETE} of the row with this primary key ({@code $L}).\n", names(pk))
                .addStatement("return $T.many(ENTITY).filter($L)", DELETE, pkCondition).build());
        e.finders().forEach(f -> addFinders(type, e.names().metamodel(), select, delete, f));
        type.addMethod(helper("updateMany", ParameterizedTypeName.get(UPDATE, entity), List.of())
                .addJavadoc("An {@code UPDATE} of every row, to narrow with {@code filter}.\n")
                .addStatement("return $T.many(ENTITY)", UPDATE).build());
        type.addMethod(helper("deleteMany", delete, List.of())
                .addJavadoc("A {@code DELETE} of every row, to narrow with {@code filter}.\n")
                .addStatement("return $T.many(ENTITY)", DELETE).build());
        type.addMethod(helper("insertMany", ParameterizedTypeName.get(INSERT, entity), List.of())
                .addJavadoc("An {@code INSERT} of several rows in one statement.\n")
                .addParameter(ParameterizedTypeName.get(LIST, e.names().activeModel()), "models")
                .addStatement("return $T.many(models)", INSERT).build());
    }

    private void addFinders(TypeSpec.Builder type, ClassName metamodel, TypeName select, TypeName delete,
                            FinderModel f) {
        CodeBlock condition = condition(metamodel, f.columns());
        type.addMethod(helper("findBy" + f.methodSuffix(), select, f.columns())
                .addJavadoc("The row whose unique key ({@code $L}) matches: at most one.\n", names(f.columns()))
                .addStatement("return $T.of(ENTITY).filter($L)", SELECT, condition).build());
        type.addMethod(helper("filterBy" + f.methodSuffix(), select, f.columns())
                .addJavadoc("A query filtered on the unique key ({@code $L}), to refine further.\n",
                        names(f.columns()))
                .addStatement("return $T.of(ENTITY).filter($L)", SELECT, condition).build());
        type.addMethod(helper("deleteBy" + f.methodSuffix(), delete, f.columns())
                .addJavadoc("{@code DELETE} of the row whose unique key ({@code $L}) matches.\n",
                        names(f.columns()))
                .addStatement("return $T.many(ENTITY).filter($L)", DELETE, condition).build());
    }

    private MethodSpec.Builder helper(String name, TypeName returns, List<ColumnModel> params) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(returns);
        for (ColumnModel c : params) {
            m.addParameter(context.nullable(c.declaredType(), c.nullable()), c.field());
        }
        return m;
    }

    /**
     * {@code Cake_.NAME.eq(name)} per column. The constant is qualified because the parameter is named after the
     * component, and a component written in capitals ({@code URL}) would otherwise shadow its own constant.
     */
    private static CodeBlock condition(ClassName metamodel, List<ColumnModel> columns) {
        if (columns.size() == 1) {
            return eq(metamodel, columns.get(0));
        }
        return CodeBlock.of("$T.and($T.of($L))", EXPR, LIST, columns.stream()
                .map(c -> eq(metamodel, c)).collect(CodeBlock.joining(", ")));
    }

    private static CodeBlock eq(ClassName metamodel, ColumnModel c) {
        return CodeBlock.of("$T.$L.eq($L)", metamodel, c.constant(), c.field());
    }

    private static CodeBlock arguments(List<ColumnModel> columns) {
        return columns.stream().map(c -> CodeBlock.of("$L", c.field())).collect(CodeBlock.joining(", "));
    }

    private static String names(List<ColumnModel> columns) {
        return columns.stream().map(ColumnModel::name).collect(Collectors.joining(", "));
    }
}
