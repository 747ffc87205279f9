package dev.tideorm.codegen.analyze;

import dev.tideorm.codegen.model.ColumnModel;
import dev.tideorm.codegen.model.Names;
import dev.tideorm.codegen.model.RelationModel;
import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.meta.RelationKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Phase 2: resolves the relations of a valid entity against the shapes of the entities on the other side:
 * belongs-to key defaults, the back-reference of has-one/has-many, and the junction of many-to-many.
 * Problems are reported only at the entity being resolved; a broken other side reports its own.
 */
final class RelationResolver {
    private final ShapeCache shapes;
    /** Set by {@link #resolve(EntityShape, List, Set)} for the entity being resolved (single-threaded use). */
    private Set<String> waitingFor = new HashSet<>();

    RelationResolver(ShapeCache shapes) {
        this.shapes = shapes;
    }

    /** Foreign key columns of the owner, referenced columns of the parent. */
    private record Keys(List<String> foreignKey, List<String> referenced, boolean optional) {
    }

    /**
     * The relations of {@code owner}; problems are added to {@code problems}, and the entities on the other side
     * that do not resolve yet to {@code waitingFor}.
     */
    List<RelationModel> resolve(EntityShape owner, List<Problem> problems, Set<String> waitingFor) {
        this.waitingFor = waitingFor;
        List<RelationModel> out = new ArrayList<>();
        for (ComponentShape c : owner.components()) {
            RelationDecl r = c.relation();
            if (r != null) {
                out.add(resolve(owner, c, r, problems));
            }
        }
        return out;
    }

    private RelationModel resolve(EntityShape owner, ComponentShape c, RelationDecl r, List<Problem> problems) {
        EntityShape target = shapes.get(r.target());
        if (!usable(c, target, problems)) {
            return unresolved(c, r);
        }
        if (r.belongsTo() != null) {
            Keys keys = belongsToKeys(owner, c, problems);
            RelationDecl.BelongsTo bt = r.belongsTo();
            return keys == null ? unresolved(c, r) : model(c, r, RelationKind.BELONGS_TO, keys.foreignKey(),
                    keys.referenced(), null, keys.optional(), ForeignKeyAction.valueOf(bt.onDelete()),
                    ForeignKeyAction.valueOf(bt.onUpdate()), bt.fkName().isEmpty() ? null : bt.fkName());
        }
        return r.via() != null ? manyToMany(owner, c, r, target, problems) : inverse(owner, c, r, target, problems);
    }

    private RelationModel inverse(EntityShape owner, ComponentShape c, RelationDecl r, EntityShape target,
                                  List<Problem> problems) {
        List<ComponentShape> candidates = target.belongsToComponents(owner.element());
        String rel = c.name() + " (" + (r.toMany() ? "HasMany<" : "HasOne<") + target.simpleName() + ">)";
        ComponentShape back = null;
        if (r.mappedBy() != null) {
            back = target.component(r.mappedBy().value()).filter(candidates::contains).orElse(null);
            if (back == null) {
                problems.add(new Problem(c.site(), r.mappedBy().mirror(), null, "@MappedBy(\"" + r.mappedBy().value()
                        + "\"): " + target.simpleName() + " has no @BelongsTo component named " + r.mappedBy().value()
                        + " pointing to " + owner.simpleName() + "; candidates: " + names(candidates)));
            }
        } else if (candidates.isEmpty()) {
            problems.add(Problem.at(c.site(), "relation " + rel + " needs a @BelongsTo back to " + owner.simpleName()
                    + " on " + target.simpleName() + ", which has none: add e.g. `@BelongsTo(from = \""
                    + Names.decapitalize(owner.simpleName()) + "Id\") HasOne<" + owner.simpleName() + "> "
                    + Names.decapitalize(owner.simpleName()) + "` to " + target.simpleName()
                    + (r.toMany() ? ", or use @Via(Junction.class) for a many-to-many relation"
                            : ", or put @BelongsTo(from = ...) on " + c.name() + " if " + owner.simpleName()
                            + " holds the foreign key")));
        } else if (candidates.size() > 1) {
            problems.add(Problem.at(c.site(), "relation " + rel + " is ambiguous: " + target.simpleName() + " has "
                    + "several @BelongsTo relations to " + owner.simpleName() + " " + names(candidates)
                    + ": add @MappedBy(\"" + candidates.get(0).name() + "\") to " + c.name() + " to pick one"));
        } else {
            back = candidates.get(0);
        }
        Keys keys = back == null ? null : belongsToKeys(target, back, null);
        if (keys == null) {
            return unresolved(c, r);
        }
        return model(c, r, r.toMany() ? RelationKind.HAS_MANY : RelationKind.HAS_ONE, keys.referenced(),
                keys.foreignKey(), null, keys.optional(), ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION, null);
    }

    private RelationModel manyToMany(EntityShape owner, ComponentShape c, RelationDecl r, EntityShape target,
                                     List<Problem> problems) {
        RelationDecl.Via via = r.via();
        EntityShape junction = shapes.get(via.junction());
        if (!usable(c, junction, problems)) {
            return unresolved(c, r);
        }
        List<ComponentShape> fromCandidates = junction.belongsToComponents(owner.element());
        List<ComponentShape> toCandidates = junction.belongsToComponents(target.element());
        ComponentShape from = named(c, via, "from", via.from(), junction, fromCandidates, owner, problems);
        ComponentShape to = named(c, via, "to", via.to(), junction, toCandidates, target, problems);
        if (from == null && via.from().isEmpty()) {
            from = only(c, via, junction, without(fromCandidates, to), owner, problems);
        }
        if (to == null && via.to().isEmpty() && from != null) {
            to = only(c, via, junction, without(toCandidates, from), target, problems);
        }
        if (from == null || to == null) {
            return unresolved(c, r);
        }
        if (from == to) {
            problems.add(Problem.at(c.site(), via.mirror(), "@Via: from and to both name " + from.name() + " of "
                    + junction.simpleName() + ": the junction needs one @BelongsTo to each side"));
            return unresolved(c, r);
        }
        Keys fromKeys = belongsToKeys(junction, from, null);
        Keys toKeys = belongsToKeys(junction, to, null);
        if (fromKeys == null || toKeys == null) {
            return unresolved(c, r);
        }
        return model(c, r, RelationKind.MANY_TO_MANY, fromKeys.referenced(), toKeys.referenced(),
                new RelationModel.Junction(junction.names(), fromKeys.foreignKey(), toKeys.foreignKey()), false,
                ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION, null);
    }

    /** The junction component named by {@code @Via(from|to = name)}, checked; null when not named or wrong. */
    private @Nullable ComponentShape named(ComponentShape c, RelationDecl.Via via, String attribute, String name,
                                           EntityShape junction, List<ComponentShape> candidates, EntityShape side,
                                           List<Problem> problems) {
        if (name.isEmpty()) {
            return null;
        }
        Optional<ComponentShape> found = junction.component(name).filter(candidates::contains);
        if (found.isEmpty()) {
            problems.add(new Problem(c.site(), via.mirror(), Annotations.explicitValue(via.mirror(), attribute),
                    "@Via(" + attribute + " = \"" + name + "\"): " + junction.simpleName() + " has no @BelongsTo "
                            + "component named " + name + " pointing to " + side.simpleName() + "; candidates: "
                            + names(candidates)));
        }
        return found.orElse(null);
    }

    private @Nullable ComponentShape only(ComponentShape c, RelationDecl.Via via, EntityShape junction,
                                          List<ComponentShape> candidates, EntityShape side, List<Problem> problems) {
        String j = junction.simpleName();
        if (candidates.isEmpty()) {
            problems.add(Problem.at(c.site(), via.mirror(), "@Via(" + j + ".class): " + j + " has no @BelongsTo to "
                    + side.simpleName() + "; a junction needs a @BelongsTo to each side of the many-to-many relation"));
            return null;
        }
        if (candidates.size() > 1) {
            problems.add(Problem.at(c.site(), via.mirror(), "@Via(" + j + ".class) is ambiguous: " + j + " has several "
                    + "@BelongsTo to " + side.simpleName() + " " + names(candidates) + ": name them with @Via(value = "
                    + j + ".class, from = \"...\", to = \"...\")"));
            return null;
        }
        return candidates.get(0);
    }

    /** The keys of the {@code @BelongsTo} on {@code owner}'s component {@code c}; null when they do not resolve. */
    private @Nullable Keys belongsToKeys(EntityShape owner, ComponentShape c, @Nullable List<Problem> problems) {
        RelationDecl.BelongsTo bt = c.relation().belongsTo();
        EntityShape target = shapes.get(c.relation().target());
        if (!target.valid()) {
            return null;
        }
        List<ColumnModel> fk = new ArrayList<>();
        for (String f : bt.from()) {
            Optional<ColumnModel> col = owner.column(f);
            if (col.isEmpty()) {
                return null;
            }
            fk.add(col.get());
        }
        List<ColumnModel> ref = bt.to().isEmpty() ? target.primaryKey() : new ArrayList<>();
        for (String t : bt.to()) {
            Optional<ColumnModel> col = target.column(t);
            if (col.isEmpty()) {
                report(problems, new Problem(c.site(), bt.mirror(), Annotations.explicitValue(bt.mirror(), "to"),
                        "@BelongsTo(to = \"" + t + "\"): " + target.simpleName() + " has no column component named "
                                + t + "; columns: " + target.columnFields()));
                return null;
            }
            ref.add(col.get());
        }
        if (ref.size() != fk.size()) {
            report(problems, Problem.at(c.site(), bt.mirror(), "@BelongsTo(from = " + quoted(bt.from()) + ") lists "
                    + fk.size() + " component(s) but the primary key of " + target.simpleName() + " has " + ref.size()
                    + " " + ref.stream().map(ColumnModel::field).toList() + ": list the referenced components in to"));
            return null;
        }
        return new Keys(fk.stream().map(ColumnModel::name).toList(), ref.stream().map(ColumnModel::name).toList(),
                fk.stream().anyMatch(ColumnModel::nullable));
    }

    private boolean usable(ComponentShape c, EntityShape other, List<Problem> problems) {
        if (other.valid()) {
            return true;
        }
        if (other.unresolved()) {
            waitingFor.add(other.element().getQualifiedName().toString());
            return false;
        }
        if (!shapes.reportedElsewhere(other.element())) {
            problems.add(Problem.at(c.site(), c.name() + " refers to " + other.simpleName() + ", which is not a valid "
                    + "entity: " + other.problems().get(0).message()));
        }
        return false;
    }

    private static void report(@Nullable List<Problem> problems, Problem p) {
        if (problems != null) {
            problems.add(p);
        }
    }

    private static List<ComponentShape> without(List<ComponentShape> list, @Nullable ComponentShape c) {
        return list.stream().filter(x -> x != c).toList();
    }

    private static String quoted(List<String> names) {
        return names.size() == 1 ? "\"" + names.get(0) + "\""
                : names.stream().map(n -> "\"" + n + "\"").collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }

    private static List<String> names(List<ComponentShape> list) {
        return list.stream().map(ComponentShape::name).toList();
    }

    /** A relation whose other side is broken: keys left empty, the other side reports the problem. */
    private static RelationModel unresolved(ComponentShape c, RelationDecl r) {
        RelationKind kind = r.belongsTo() != null ? RelationKind.BELONGS_TO : r.via() != null
                ? RelationKind.MANY_TO_MANY : r.toMany() ? RelationKind.HAS_MANY : RelationKind.HAS_ONE;
        return model(c, r, kind, List.of(), List.of(), null, false, ForeignKeyAction.NO_ACTION,
                ForeignKeyAction.NO_ACTION, null);
    }

    private static RelationModel model(ComponentShape c, RelationDecl r, RelationKind kind, List<String> from,
                                       List<String> to, RelationModel.@Nullable Junction junction, boolean optional,
                                       ForeignKeyAction onDelete, ForeignKeyAction onUpdate, @Nullable String fkName) {
        return new RelationModel(c.name(), Names.upperSnake(c.name()), kind, c.model().index(), r.targetNames(), from,
                to, junction, optional, onDelete, onUpdate, fkName);
    }
}
