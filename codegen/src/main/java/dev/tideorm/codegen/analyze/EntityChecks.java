package dev.tideorm.codegen.analyze;

import com.palantir.javapoet.ClassName;
import dev.tideorm.codegen.model.ColumnModel;
import dev.tideorm.codegen.model.FinderModel;
import dev.tideorm.codegen.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/** Phase 1 checks that span several components: relation declarations, names, unique keys, hooks, finders. */
final class EntityChecks {
    /** No-argument methods of {@code ActiveModel} (and the generated static {@code builder()}). */
    private static final Set<String> RESERVED_ACCESSORS = Set.of("meta", "self", "resetAll", "isColumnsChanged",
            "isChanged", "isPrimaryKeySet", "isPersisted", "tryIntoModel", "builder");

    private final Elements elements;
    private final Types types;
    private final Annotations annotations;

    EntityChecks(Elements elements, Types types, Annotations annotations) {
        this.elements = elements;
        this.types = types;
        this.annotations = annotations;
    }

    void checkRelationDeclarations(EntityShape shape, List<Problem> problems) {
        for (ComponentShape c : shape.components()) {
            RelationDecl r = c.relation();
            if (r == null) {
                continue;
            }
            if (r.belongsTo() != null && r.toMany()) {
                problems.add(Problem.at(c.site(), r.belongsTo().mirror(), "@BelongsTo needs a HasOne<T> component: "
                        + "the entity holding the foreign key points at one parent (a HasMany<T> is backed by a "
                        + "@BelongsTo on T)"));
            }
            if (r.via() != null && !r.toMany()) {
                problems.add(Problem.at(c.site(), r.via().mirror(), "@Via needs a HasMany<T> component: it declares "
                        + "a many-to-many relation"));
            }
            if (r.mappedBy() != null && (r.belongsTo() != null || r.via() != null)) {
                problems.add(Problem.at(c.site(), r.mappedBy().mirror(), "@MappedBy only applies to a HasOne/HasMany "
                        + "without @BelongsTo or @Via: remove it"));
            }
            if (r.belongsTo() != null) {
                checkBelongsToFrom(shape, c, r.belongsTo(), problems);
            }
        }
    }

    private void checkBelongsToFrom(EntityShape shape, ComponentShape c, RelationDecl.BelongsTo bt,
                                    List<Problem> problems) {
        AnnotationValue fromValue = Annotations.explicitValue(bt.mirror(), "from");
        if (bt.from().isEmpty()) {
            problems.add(new Problem(c.site(), bt.mirror(), fromValue, "@BelongsTo(from = {}) must list the foreign "
                    + "key components of " + shape.simpleName() + "; columns: " + shape.columnFields()));
        }
        for (String f : bt.from()) {
            if (shape.column(f).isEmpty()) {
                problems.add(new Problem(c.site(), bt.mirror(), fromValue, "@BelongsTo(from = \"" + f + "\"): "
                        + shape.simpleName() + " has no column component named " + f + "; columns: "
                        + shape.columnFields()));
            }
        }
        if (!bt.to().isEmpty() && bt.to().size() != bt.from().size()) {
            problems.add(new Problem(c.site(), bt.mirror(), Annotations.explicitValue(bt.mirror(), "to"),
                    "@BelongsTo lists " + bt.from().size() + " component(s) in from but " + bt.to().size()
                            + " in to: name one referenced component per foreign key component"));
        }
    }

    void checkNames(EntityShape shape, List<Problem> problems) {
        Map<String, String> constants = new HashMap<>();
        constants.put("ENTITY", "the entity constant");
        Map<String, String> columnNames = new HashMap<>();
        Map<String, String> methods = new HashMap<>();
        String metamodel = shape.names().metamodel().simpleName();
        String activeModel = shape.names().activeModel().simpleName();
        for (ComponentShape c : shape.components()) {
            if (c.model().role() == dev.tideorm.codegen.model.ComponentModel.Role.IGNORED) {
                continue;
            }
            String constant = Names.upperSnake(c.name());
            String previous = constants.putIfAbsent(constant, c.name());
            if (previous != null) {
                problems.add(Problem.at(c.site(), c.name() + " and " + previous + " both become the constant "
                        + metamodel + "." + constant + ": rename one of them"));
            }
            if (c.column() != null) {
                String other = columnNames.putIfAbsent(c.column().name(), c.name());
                if (other != null) {
                    problems.add(Problem.at(c.site(), "column name " + c.column().name() + " is used by both "
                            + other + " and " + c.name() + ": give one a different @Column(name = ...)"));
                }
            }
            if (RESERVED_ACCESSORS.contains(c.name())) {
                problems.add(Problem.at(c.site(), "component name " + c.name() + " clashes with " + activeModel + "."
                        + c.name() + "() inherited from ActiveModel: rename the component"));
            }
            for (String m : activeModelMethods(c)) {
                String owner = methods.putIfAbsent(m, c.name());
                if (owner != null) {
                    problems.add(Problem.at(c.site(), activeModel + " would get the method " + m + " twice (for "
                            + owner + " and " + c.name() + "): rename one of them"));
                }
            }
        }
    }

    /** The signatures (name and parameter types) the active model gets for a component. */
    private static List<String> activeModelMethods(ComponentShape c) {
        String cap = Names.capitalize(c.name());
        if (c.column() != null) {
            String t = c.column().declaredType().toString();
            return List.of("set" + cap + "(" + t + ")", "set" + cap + "IfNotEqual(" + t + ")", c.name() + "()");
        }
        RelationDecl r = c.relation();
        if (r == null) {
            return List.of();
        }
        String am = r.targetNames().activeModel().simpleName();
        return r.toMany()
                ? List.of("add" + Names.capitalize(Names.singular(c.name())) + "(" + am + ")",
                        "replace" + cap + "(List)", c.name() + "()")
                : List.of("set" + cap + "(" + am + ")", "clear" + cap + "()", c.name() + "()");
    }

    /** Named unique keys, name → key columns; problems for unknown components. */
    Map<String, List<ColumnModel>> uniqueKeys(EntityShape shape, List<Problem> problems) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        AnnotationMirror single = Annotations.find(shape.element(), Annotations.UNIQUE_KEY);
        if (single != null) {
            mirrors.add(single);
        }
        AnnotationMirror container = Annotations.find(shape.element(), Annotations.UNIQUE_KEYS);
        if (container != null) {
            mirrors.addAll(annotations.annotations(container, "value"));
        }
        Map<String, List<ColumnModel>> out = new LinkedHashMap<>();
        for (AnnotationMirror m : mirrors) {
            String name = annotations.string(m, "name");
            List<ColumnModel> cols = new ArrayList<>();
            for (String field : annotations.strings(m, "columns")) {
                shape.column(field).ifPresentOrElse(cols::add, () -> problems.add(new Problem(shape.element(), m,
                        Annotations.explicitValue(m, "columns"), "@UniqueKey(name = \"" + name + "\"): "
                        + shape.simpleName() + " has no column component named " + field + "; columns: "
                        + shape.columnFields())));
            }
            if (name.isEmpty() || Names.camelPart(name).isEmpty() || cols.isEmpty()) {
                problems.add(Problem.at(shape.element(), m, "@UniqueKey needs a name with letters and at least one "
                        + "column component, e.g. @UniqueKey(name = \"pair\", columns = {\"filmId\", \"actorId\"})"));
            } else if (out.putIfAbsent(name, cols) != null) {
                problems.add(Problem.at(shape.element(), m, "two @UniqueKey are named " + name + ": rename one"));
            }
        }
        return out;
    }

    /** {@code findBy}/{@code filterBy}/{@code deleteBy} helpers for unique columns and unique keys. */
    List<FinderModel> finders(EntityShape shape, Map<String, List<ColumnModel>> uniqueKeys, List<Problem> problems) {
        Map<String, List<ColumnModel>> signatures = new HashMap<>();
        signatures.put(signature("Id", shape.primaryKey()), shape.primaryKey());
        List<FinderModel> out = new ArrayList<>();
        List<FinderModel> candidates = new ArrayList<>();
        for (ColumnModel c : shape.columns()) {
            if (c.unique()) {
                candidates.add(new FinderModel(Names.capitalize(c.field()), List.of(c)));
            }
        }
        uniqueKeys.forEach((name, cols) -> candidates.add(new FinderModel(Names.camelPart(name), cols)));
        for (FinderModel f : candidates) {
            List<ColumnModel> existing = signatures.putIfAbsent(signature(f.methodSuffix(), f.columns()), f.columns());
            if (existing == null) {
                out.add(f);
            } else if (!existing.equals(f.columns())) {
                problems.add(Problem.at(shape.element(), "findBy" + f.methodSuffix() + " would be generated twice in "
                        + shape.names().metamodel().simpleName() + " for different columns: rename the @UniqueKey "
                        + "or the component"));
            }
        }
        return out;
    }

    private static String signature(String suffix, List<ColumnModel> cols) {
        return suffix + cols.stream().map(c -> c.declaredType().toString()).collect(Collectors.joining(",", "(", ")"));
    }

    /** The {@code @Entity(behavior = ...)} class, checked. */
    @Nullable ClassName behavior(TypeElement entity, AnnotationMirror mirror, List<Problem> problems) {
        TypeMirror t = annotations.type(mirror, "behavior");
        if (t == null || t.getKind() == TypeKind.VOID) {
            return null;
        }
        AnnotationValue value = Annotations.explicitValue(mirror, "behavior");
        String name = t instanceof DeclaredType d ? d.asElement().getSimpleName().toString() : t.toString();
        String how = " (declare `public class " + name + " implements ActiveModelBehavior<" + entity.getSimpleName()
                + ">` with a public no-argument constructor)";
        if (!(t instanceof DeclaredType declared) || !(declared.asElement() instanceof TypeElement b)
                || b.getKind() != ElementKind.CLASS || b.getModifiers().contains(Modifier.ABSTRACT)
                || !b.getTypeParameters().isEmpty()) {
            problems.add(new Problem(entity, mirror, value, "behavior " + name + " must be a concrete, non-generic "
                    + "class" + how));
            return null;
        }
        TypeElement behaviorType = elements.getTypeElement("dev.tideorm.core.model.ActiveModelBehavior");
        if (behaviorType != null && !types.isAssignable(b.asType(),
                types.getDeclaredType(behaviorType, entity.asType()))) {
            problems.add(new Problem(entity, mirror, value, "behavior " + name + " does not implement "
                    + "ActiveModelBehavior<" + entity.getSimpleName() + ">" + how));
            return null;
        }
        if (!instantiable(b, entity)) {
            problems.add(new Problem(entity, mirror, value, "behavior " + name + " needs a public no-argument "
                    + "constructor, and must be a top-level or static nested class visible from package "
                    + elements.getPackageOf(entity).getQualifiedName()));
            return null;
        }
        return ClassName.get(b);
    }

    private boolean instantiable(TypeElement b, TypeElement entity) {
        boolean samePackage = elements.getPackageOf(b).equals(elements.getPackageOf(entity));
        for (TypeElement t = b; t != null; t = t.getEnclosingElement() instanceof TypeElement o ? o : null) {
            boolean visible = t.getModifiers().contains(Modifier.PUBLIC)
                    || samePackage && !t.getModifiers().contains(Modifier.PRIVATE);
            boolean staticEnough = t.getNestingKind() != NestingKind.MEMBER
                    || t.getModifiers().contains(Modifier.STATIC);
            if (!visible || !staticEnough || t.getNestingKind() == NestingKind.LOCAL) {
                return false;
            }
        }
        for (ExecutableElement ctor : ElementFilter.constructorsIn(b.getEnclosedElements())) {
            if (ctor.getParameters().isEmpty() && ctor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }
}
