package dev.tideorm.core.load;

import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The relations to load under a query's rows: a tree of relation paths, built up by {@code Select.with(...)}.
 * Several paths sharing a prefix share its node ({@code with(POSTS, TAGS)} and {@code with(POSTS, COMMENTS)} load
 * the posts once). Immutable.
 */
public final class LoadTree {
    private final EntityMeta<?> entity;
    private final Map<Relation<?, ?>, LoadTree> children;

    private LoadTree(EntityMeta<?> entity, Map<Relation<?, ?>, LoadTree> children) {
        this.entity = entity;
        this.children = children;
    }

    /** No relation to load under rows of {@code entity}. */
    public static LoadTree of(EntityMeta<?> entity) {
        return new LoadTree(Objects.requireNonNull(entity, "entity"), Map.of());
    }

    /** The entity whose rows this tree hangs from. */
    public EntityMeta<?> entity() {
        return entity;
    }

    /** The relations requested directly under this entity, each with what is requested under it. */
    public Map<Relation<?, ?>, LoadTree> children() {
        return children;
    }

    /** Whether nothing is requested. */
    public boolean isEmpty() {
        return children.isEmpty();
    }

    /**
     * This tree with {@code path} added.
     *
     * @throws IllegalArgumentException when a relation of the path does not start at the entity reached so far
     *     (a relation of another entity), naming it and the entity expected
     */
    public LoadTree with(List<Relation<?, ?>> path) {
        if (path.isEmpty()) {
            return this;
        }
        Relation<?, ?> first = path.get(0);
        if (first.owner() != entity) {
            throw new IllegalArgumentException("relation " + first.owner().type().getSimpleName() + "." + first.name()
                    + " does not start at " + entity.type().getSimpleName() + ": with(...) paths follow relations "
                    + "from the rows being loaded");
        }
        Map<Relation<?, ?>, LoadTree> out = new LinkedHashMap<>(children);
        LoadTree child = out.getOrDefault(first, LoadTree.of(first.target()));
        out.put(first, child.with(new ArrayList<>(path.subList(1, path.size()))));
        return new LoadTree(entity, java.util.Collections.unmodifiableMap(out));
    }

    @Override
    public String toString() {
        return children.isEmpty() ? "" : children.entrySet().stream()
                .map(e -> e.getKey().name() + (e.getValue().isEmpty() ? "" : "(" + e.getValue() + ")"))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
