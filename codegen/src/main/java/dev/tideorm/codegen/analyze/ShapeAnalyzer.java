package dev.tideorm.codegen.analyze;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.tideorm.codegen.model.ColumnModel;
import dev.tideorm.codegen.model.ComponentModel;
import dev.tideorm.codegen.model.EntityNames;
import dev.tideorm.codegen.model.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/** Phase 1: checks one entity record on its own and describes its columns and relation declarations. */
final class ShapeAnalyzer {
    private static final List<String> COLUMN_ONLY = List.of(Annotations.PRIMARY_KEY, Annotations.COLUMN,
            Annotations.UNIQUE, Annotations.INDEXED, Annotations.RENAMED_FROM, Annotations.CONVERT);
    private static final List<String> RELATION_ONLY = List.of(Annotations.BELONGS_TO, Annotations.VIA,
            Annotations.MAPPED_BY);

    private final Annotations annotations;
    private final TypeMapper mapper;
    private final ConvertMapper converts;
    private final EntityChecks checks;

    ShapeAnalyzer(Types types, Annotations annotations, EntityChecks checks) {
        this.annotations = annotations;
        this.mapper = new TypeMapper(types);
        this.converts = new ConvertMapper(types, mapper);
        this.checks = checks;
    }

    EntityShape analyze(TypeElement type) {
        List<Problem> problems = new ArrayList<>();
        EntityNames names = EntityNames.of(ClassName.get(type));
        AnnotationMirror entity = Annotations.find(type, Annotations.ENTITY);
        String table = entity == null ? "" : annotations.string(entity, "table");
        table = table.isEmpty() ? Names.snake(type.getSimpleName().toString()) : table;
        String schema = entity == null ? "" : annotations.string(entity, "schema");
        boolean publicType = type.getModifiers().contains(Modifier.PUBLIC);
        if (!checkDeclaration(type, problems) || hasErrorTypes(type)) {
            return new EntityShape(type, names, publicType, table, schema.isEmpty() ? null : schema, List.of(),
                    Map.of(), List.of(), null, problems, problems.isEmpty());
        }
        List<ComponentShape> components = components(type, problems);
        EntityShape draft = new EntityShape(type, names, publicType, table, schema.isEmpty() ? null : schema,
                components, Map.of(), List.of(), null, problems, false);
        checks.checkRelationDeclarations(draft, problems);
        if (draft.primaryKey().isEmpty()) {
            problems.add(Problem.at(type, entity, type.getSimpleName() + " has no primary key: add @PrimaryKey to "
                    + "the key component, e.g. `@PrimaryKey Long id` (several @PrimaryKey components form a "
                    + "composite key)"));
        }
        checks.checkNames(draft, problems);
        Map<String, List<ColumnModel>> uniqueKeys = checks.uniqueKeys(draft, problems);
        Map<String, List<String>> keyColumns = new LinkedHashMap<>();
        uniqueKeys.forEach((k, cols) -> keyColumns.put(k, cols.stream().map(ColumnModel::name).toList()));
        ClassName behavior = entity == null ? null : checks.behavior(type, entity, problems);
        return new EntityShape(type, names, publicType, table, draft.schema(), components, keyColumns,
                checks.finders(draft, uniqueKeys, problems), behavior, problems, false);
    }

    private boolean checkDeclaration(TypeElement type, List<Problem> problems) {
        String name = type.getSimpleName().toString();
        AnnotationMirror entity = Annotations.find(type, Annotations.ENTITY);
        if (type.getKind() != ElementKind.RECORD) {
            problems.add(Problem.at(type, entity, "@Entity goes on a record, and " + name + " is "
                    + article(type.getKind()) + ": declare it as `public record " + name
                    + "(@PrimaryKey Long id, ...) {}`"));
            return false;
        }
        if (!type.getTypeParameters().isEmpty()) {
            problems.add(Problem.at(type, entity, "an entity record cannot be generic: remove the type parameters "
                    + "of " + name));
            return false;
        }
        if (type.getModifiers().contains(Modifier.PRIVATE) || type.getNestingKind() == NestingKind.LOCAL) {
            problems.add(Problem.at(type, entity, "entity " + name + " must be visible to its package: declare it "
                    + "top-level or as a non-private nested record"));
            return false;
        }
        return true;
    }

    private static boolean hasErrorTypes(TypeElement type) {
        return type.getRecordComponents().stream().anyMatch(c -> isError(c.asType()));
    }

    private static boolean isError(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type instanceof DeclaredType d) {
            return d.getTypeArguments().stream().anyMatch(ShapeAnalyzer::isError);
        }
        return type instanceof javax.lang.model.type.ArrayType a && isError(a.getComponentType());
    }

    private List<ComponentShape> components(TypeElement type, List<Problem> problems) {
        List<? extends RecordComponentElement> comps = type.getRecordComponents();
        long pkCount = comps.stream().filter(c -> !Annotations.has(site(c), Annotations.IGNORE)
                && !isRelationType(c.asType()) && Annotations.has(site(c), Annotations.PRIMARY_KEY)).count();
        List<ComponentShape> out = new ArrayList<>();
        int columnIndex = 0;
        int relationIndex = 0;
        for (RecordComponentElement c : comps) {
            Element site = site(c);
            String name = c.getSimpleName().toString();
            TypeName declared = typeName(c.asType());
            if (Annotations.has(site, Annotations.IGNORE)) {
                out.add(new ComponentShape(c, site, new ComponentModel(name, declared,
                        ComponentModel.Role.IGNORED, -1), null, null));
            } else if (isRelationType(c.asType())) {
                misplaced(site, COLUMN_ONLY, name + " is a relation; column options apply to column components",
                        problems);
                RelationDecl decl = relation(c, site, problems);
                out.add(new ComponentShape(c, site, new ComponentModel(name, declared,
                        ComponentModel.Role.RELATION, relationIndex++), null, decl));
            } else {
                misplaced(site, RELATION_ONLY, "relation annotations go on a HasOne<T> or HasMany<T> component, "
                        + "and " + name + " is a column; e.g. `@BelongsTo(from = \"" + name + "\") HasOne<Parent> "
                        + "parent`", problems);
                ColumnModel column = column(c, site, columnIndex, pkCount, problems);
                out.add(new ComponentShape(c, site, new ComponentModel(name, declared,
                        ComponentModel.Role.COLUMN, column == null ? -1 : columnIndex), column, null));
                if (column != null) {
                    columnIndex++;
                }
            }
        }
        return out;
    }

    private @Nullable ColumnModel column(RecordComponentElement c, Element site, int index, long pkCount,
                                         List<Problem> problems) {
        String field = c.getSimpleName().toString();
        AnnotationMirror col = Annotations.find(site, Annotations.COLUMN);
        TypeMapper.Options options = col == null ? TypeMapper.Options.NONE
                : new TypeMapper.Options(annotations.integer(col, "length"), annotations.integer(col, "precision"),
                        annotations.integer(col, "scale"), annotations.bool(col, "json"));
        if (col != null) {
            checkSizes(field, site, col, options, problems);
        }
        AnnotationMirror convert = Annotations.find(site, Annotations.CONVERT);
        TypeMapper.Mapping m = convert == null ? mapper.map(c.asType(), options)
                : converts.map(c, annotations.type(convert, "value"), options);
        if (m.error() != null || m.sqlType() == null || m.javaType() == null) {
            problems.add(convert == null ? Problem.at(site, "column " + field + ": " + m.error())
                    : new Problem(site, convert, Annotations.explicitValue(convert, "value"), "column " + field + ": "
                    + m.error()));
            return null;
        }
        String name = col == null || annotations.string(col, "name").isEmpty()
                ? Names.snake(field) : annotations.string(col, "name");
        boolean primitive = c.asType().getKind().isPrimitive();
        boolean explicitNullable = col != null && annotations.bool(col, "nullable");
        if (primitive && explicitNullable) {
            problems.add(Problem.at(site, col, "column " + field + " has a primitive type, which cannot hold NULL: "
                    + "use the boxed type (e.g. Integer) instead of @Column(nullable = true)"));
        }
        boolean nullable = !primitive && (explicitNullable || Nullability.annotatedNullable(c, site));
        AnnotationMirror pk = Annotations.find(site, Annotations.PRIMARY_KEY);
        if (pk != null && nullable) {
            problems.add(Problem.at(site, pk, "primary key column " + field + " cannot be nullable: remove "
                    + "@Nullable / @Column(nullable = true)"));
        }
        boolean autoIncrement = pk != null && pkCount == 1 && isIntegral(c.asType())
                && annotations.bool(pk, "autoIncrement");
        String defaultValue = col == null ? "" : annotations.string(col, "defaultValue");
        String defaultExpr = col == null ? "" : annotations.string(col, "defaultExpr");
        if (!defaultValue.isEmpty() && !defaultExpr.isEmpty()) {
            problems.add(Problem.at(site, col, "column " + field + " sets both defaultValue and defaultExpr: "
                    + "keep one"));
        }
        AnnotationMirror renamed = Annotations.find(site, Annotations.RENAMED_FROM);
        return new ColumnModel(field, name, Names.upperSnake(field), index, typeName(c.asType()), m.javaType(),
                m.sqlType(), m.converter(), m.string(), nullable, pk != null, autoIncrement,
                Annotations.has(site, Annotations.UNIQUE), Annotations.has(site, Annotations.INDEXED),
                emptyToNull(defaultValue), emptyToNull(defaultExpr),
                renamed == null ? null : emptyToNull(annotations.string(renamed, "value")));
    }

    /** Sizes the DDL can express: none negative, and a DECIMAL scale within its precision. */
    private static void checkSizes(String field, Element site, AnnotationMirror col, TypeMapper.Options options,
                                   List<Problem> problems) {
        negative(field, site, col, "length", options.length(), problems);
        negative(field, site, col, "precision", options.precision(), problems);
        negative(field, site, col, "scale", options.scale(), problems);
        if (options.precision() > 0 && options.scale() > options.precision()) {
            problems.add(new Problem(site, col, Annotations.explicitValue(col, "scale"), "column " + field
                    + ": @Column(scale = " + options.scale() + ") exceeds precision " + options.precision()
                    + ": the scale counts the digits after the point, out of the precision's digits"));
        }
    }

    private static void negative(String field, Element site, AnnotationMirror col, String attribute, int value,
                                 List<Problem> problems) {
        if (value < 0) {
            problems.add(new Problem(site, col, Annotations.explicitValue(col, attribute), "column " + field
                    + ": @Column(" + attribute + " = " + value + ") cannot be negative"));
        }
    }

    private @Nullable RelationDecl relation(RecordComponentElement c, Element site, List<Problem> problems) {
        String field = c.getSimpleName().toString();
        DeclaredType type = (DeclaredType) c.asType();
        boolean toMany = erasedName(type).equals("dev.tideorm.core.model.HasMany");
        String kind = toMany ? "HasMany" : "HasOne";
        TypeMirror arg = type.getTypeArguments().size() == 1 ? type.getTypeArguments().get(0) : null;
        if (!(arg instanceof DeclaredType target)) {
            problems.add(Problem.at(site, "relation " + field + " must name its target entity: declare it as `"
                    + kind + "<Target> " + field + "`"));
            return null;
        }
        TypeElement targetType = (TypeElement) target.asElement();
        if (!Annotations.has(targetType, Annotations.ENTITY)) {
            problems.add(Problem.at(site, "relation " + field + " targets " + targetType.getSimpleName()
                    + ", which is not an @Entity: annotate " + targetType.getSimpleName() + " with @Entity, or mark "
                    + field + " @Ignore if it is not a relation"));
            return null;
        }
        return new RelationDecl(toMany, targetType, EntityNames.of(ClassName.get(targetType)),
                belongsTo(site), via(site, problems), mappedBy(site));
    }

    private RelationDecl.@Nullable BelongsTo belongsTo(Element site) {
        AnnotationMirror m = Annotations.find(site, Annotations.BELONGS_TO);
        return m == null ? null : new RelationDecl.BelongsTo(m, annotations.strings(m, "from"),
                annotations.strings(m, "to"), annotations.enumConstant(m, "onDelete", "NO_ACTION"),
                annotations.enumConstant(m, "onUpdate", "NO_ACTION"), annotations.string(m, "fkName"));
    }

    private RelationDecl.@Nullable Via via(Element site, List<Problem> problems) {
        AnnotationMirror m = Annotations.find(site, Annotations.VIA);
        if (m == null) {
            return null;
        }
        TypeMirror junction = annotations.type(m, "value");
        if (!(junction instanceof DeclaredType d) || !Annotations.has(d.asElement(), Annotations.ENTITY)) {
            String name = junction instanceof DeclaredType d2 ? d2.asElement().getSimpleName().toString()
                    : String.valueOf(junction);
            problems.add(new Problem(site, m, Annotations.explicitValue(m, "value"), "@Via(" + name + ".class): "
                    + name + " is not an @Entity; the junction must be an @Entity record with a @BelongsTo to each "
                    + "side of the many-to-many relation"));
            return null;
        }
        return new RelationDecl.Via(m, (TypeElement) d.asElement(), annotations.string(m, "from"),
                annotations.string(m, "to"));
    }

    private RelationDecl.@Nullable MappedBy mappedBy(Element site) {
        AnnotationMirror m = Annotations.find(site, Annotations.MAPPED_BY);
        return m == null ? null : new RelationDecl.MappedBy(m, annotations.string(m, "value"));
    }

    private static void misplaced(Element site, List<String> names, String why, List<Problem> problems) {
        for (String n : names) {
            AnnotationMirror m = Annotations.find(site, n);
            if (m != null) {
                problems.add(Problem.at(site, m, "@" + n.substring(Annotations.PKG.length()) + " is misplaced: "
                        + why));
            }
        }
    }

    /** The backing field: javac gives it a source position and copies the component's annotations to it. */
    static Element site(RecordComponentElement c) {
        for (Element e : c.getEnclosingElement().getEnclosedElements()) {
            if (e.getKind() == ElementKind.FIELD && e.getSimpleName().contentEquals(c.getSimpleName())
                    && !e.getModifiers().contains(Modifier.STATIC)) {
                return e;
            }
        }
        return c;
    }

    static boolean isRelationType(TypeMirror type) {
        String n = erasedName(type);
        return n.equals("dev.tideorm.core.model.HasOne") || n.equals("dev.tideorm.core.model.HasMany");
    }

    private static String erasedName(TypeMirror type) {
        return type instanceof DeclaredType d ? ((TypeElement) d.asElement()).getQualifiedName().toString() : "";
    }

    private static boolean isIntegral(TypeMirror type) {
        TypeKind k = type.getKind();
        if (k == TypeKind.SHORT || k == TypeKind.INT || k == TypeKind.LONG) {
            return true;
        }
        String n = erasedName(type);
        return n.equals("java.lang.Short") || n.equals("java.lang.Integer") || n.equals("java.lang.Long");
    }

    private static TypeName typeName(TypeMirror type) {
        return TypeMapper.plain(TypeName.get(type));
    }

    private static @Nullable String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String article(ElementKind kind) {
        return switch (kind) {
            case CLASS -> "a class";
            case INTERFACE -> "an interface";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> "a " + kind.toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
