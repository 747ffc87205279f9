package dev.tideorm.core.save;

import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.EntityRegistry;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rows that depend on an entity's rows through a foreign key: every registered entity's belongs-to relation
 * to it, and the entity's own has-one, has-many and many-to-many (junction) relations. Deleting a row must first
 * deal with them, since its declared relations alone miss dependants that only point at it (a comment
 * belonging to a user that declares no comments). Found once per entity.
 */
final class Dependants {
    /**
     * Rows of {@code entity} whose {@code foreignKey} columns hold the {@code referenced} columns of a row
     * depended on; {@code nullable} when every foreign key column accepts NULL (they are orphaned, not deleted).
     */
    record Dependant(EntityMeta<?> entity, List<Column<?, ?>> foreignKey, List<Column<?, ?>> referenced,
                     boolean nullable) {
    }

    private static final Map<EntityMeta<?>, List<Dependant>> CACHE = new ConcurrentHashMap<>();
    private static final Map<ClassLoader, List<EntityMeta<?>>> REGISTRY = new ConcurrentHashMap<>();

    private Dependants() {
    }

    static List<Dependant> of(EntityMeta<?> entity) {
        return CACHE.computeIfAbsent(entity, Dependants::find);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Dependant> find(EntityMeta<?> entity) {
        Map<List<Object>, Dependant> out = new LinkedHashMap<>();
        for (Relation<?, ?> r : entity.relations()) {
            Relation.Keys<?, ?> k = r.keys();
            if (r.kind() == RelationKind.HAS_ONE || r.kind() == RelationKind.HAS_MANY) {
                add(out, r.target(), (List) k.to(), (List) k.from());
            } else if (r.kind() == RelationKind.MANY_TO_MANY && k.junction() != null) {
                add(out, k.junction(), k.junctionFrom(), (List) k.from());
            }
        }
        for (EntityMeta<?> other : registered(entity)) {
            for (Relation<?, ?> r : other.relations()) {
                if (r.kind() == RelationKind.BELONGS_TO && r.target() == entity) {
                    add(out, other, (List) r.keys().from(), (List) r.keys().to());
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<List<Object>, Dependant> out, EntityMeta<?> entity, List<Column<?, ?>> fk,
                            List<Column<?, ?>> referenced) {
        boolean nullable = fk.stream().allMatch(Column::nullable);
        out.putIfAbsent(List.of(entity, fk.stream().map(Column::name).toList()),
                new Dependant(entity, List.copyOf(fk), List.copyOf(referenced), nullable));
    }

    private static List<EntityMeta<?>> registered(EntityMeta<?> entity) {
        ClassLoader loader = entity.type().getClassLoader();
        if (loader == null) {
            return List.of();
        }
        return REGISTRY.computeIfAbsent(loader, l -> new ArrayList<>(EntityRegistry.all(l)));
    }
}
