package dev.tideorm.core.save;

import dev.tideorm.core.error.GraphException;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.UniqueKeyMeta;
import dev.tideorm.core.model.ActiveMany;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.model.ActiveOne;
import dev.tideorm.core.model.RelationState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a save and how they hang together, found by walking the models from the roots through their
 * relation states (each model once, by identity, so cycles end): every model becomes a {@link Node} with the
 * foreign keys it takes from its parents; many-to-many links become junction nodes; what a persisted parent
 * loses (Replace, removals, a replaced or cleared has-one) becomes a {@link Removal}. Pure: no I/O.
 */
final class SaveGraph {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Node> roots = new ArrayList<>();
    private final List<Removal> removals = new ArrayList<>();
    // Sized for the common save of a few models (the default IdentityHashMap allocates 64 slots); they grow as needed.
    private final Map<ActiveModel<?, ?>, Node> byModel = new IdentityHashMap<>(4);
    // Made on the first many-to-many link: most saves have none.
    private @Nullable Set<List<Object>> links;
    /** The link key of each many-to-many relation met, found once per save rather than once per link. */
    private @Nullable Map<Relation.Keys<?, ?>, List<Column<?, ?>>> linkKeys;

    private SaveGraph() {
    }

    /** The graph reachable from {@code roots}. */
    static SaveGraph of(List<? extends ActiveModel<?, ?>> roots) {
        SaveGraph g = new SaveGraph();
        // Roots first, so that rows of one entity are written (and keys generated) in the order the roots were given.
        for (ActiveModel<?, ?> root : roots) {
            g.roots.add(g.node(root));
        }
        for (Node root : List.copyOf(g.roots)) {
            g.walk(root);
        }
        return g;
    }

    /** Every node, in discovery order. */
    List<Node> nodes() {
        return nodes;
    }

    /** The nodes of the roots, in the order given. */
    List<Node> roots() {
        return roots;
    }

    List<Removal> removals() {
        return removals;
    }

    /** The node of {@code model}, walked. */
    private Node visit(ActiveModel<?, ?> model) {
        Node node = node(model);
        walk(node);
        return node;
    }

    /** The node of {@code model}, created (not walked yet) on first sight. */
    private Node node(ActiveModel<?, ?> model) {
        Node existing = byModel.get(model);
        if (existing != null) {
            return existing;
        }
        Node node = new Node(nodes.size(), model);
        byModel.put(model, node);
        nodes.add(node);
        return node;
    }

    /** Follows the node's relation states, once. */
    private void walk(Node node) {
        if (!node.markWalked()) {
            return;
        }
        ActiveModel<?, ?> model = java.util.Objects.requireNonNull(node.original());
        for (Relation<?, ?> r : model.meta().relations()) {
            RelationState<?> state = model.relationState(r.index());
            switch (r.kind()) {
                case BELONGS_TO -> belongsTo(node, r, (ActiveOne<?>) state);
                case HAS_ONE -> hasOne(node, r, (ActiveOne<?>) state);
                case HAS_MANY -> hasMany(node, r, (ActiveMany<?>) state);
                case MANY_TO_MANY -> manyToMany(node, r, (ActiveMany<?>) state);
            }
        }
    }

    private void belongsTo(Node node, Relation<?, ?> r, ActiveOne<?> one) {
        ActiveModel<?, ?> parent = one.model();
        if (parent != null) {
            node.addFlow(new KeyFlow(visit(parent), columns(r.keys().to()), columns(r.keys().from())));
        }
        // A cleared belongs-to already set this row's foreign key columns to NULL (ActiveModel.clearRelated).
    }

    private void hasOne(Node node, Relation<?, ?> r, ActiveOne<?> one) {
        if (!one.isSet()) {
            return;
        }
        ActiveModel<?, ?> model = one.model();
        if (model == null) {
            if (node.persisted()) {
                removals.add(new Removal.Detach(r, node, List.of()));
            }
            return;
        }
        Node child = visit(model);
        child.addFlow(new KeyFlow(node, columns(r.keys().from()), columns(r.keys().to())));
        if (node.persisted() && !linked(node, child, r)) {
            removals.add(new Removal.Detach(r, node, List.of(child)));
        }
    }

    /** Whether a persisted child's foreign key already holds its persisted parent's key (nothing to replace). */
    private static boolean linked(Node parent, Node child, Relation<?, ?> r) {
        if (!child.persisted() || !Values.known(parent.work(), r.keys().from())) {
            return false;
        }
        List<Object> key = Values.key(parent.work(), r.keys().from());
        for (int i = 0; i < key.size(); i++) {
            var v = Values.get(child.work(), r.keys().to().get(i));
            if (!v.isUnchanged() || !java.util.Objects.equals(v.value(), key.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void hasMany(Node node, Relation<?, ?> r, ActiveMany<?> many) {
        List<Node> children = new ArrayList<>();
        for (ActiveModel<?, ?> item : many.items()) {
            Node child = visit(item);
            child.addFlow(new KeyFlow(node, columns(r.keys().from()), columns(r.keys().to())));
            children.add(child);
        }
        if (many.mode() == ActiveMany.Mode.REPLACE && node.persisted()) {
            removals.add(new Removal.Detach(r, node, children));
        }
        if (!many.removed().isEmpty()) {
            requirePersisted(node, r);
            removals.add(new Removal.DetachOnly(r, node, List.copyOf(many.removed())));
        }
    }

    private void manyToMany(Node node, Relation<?, ?> r, ActiveMany<?> many) {
        List<Node> targets = new ArrayList<>();
        for (ActiveModel<?, ?> item : many.items()) {
            Node target = visit(item);
            targets.add(target);
            if (!(many.isLinked(item) && node.persisted() && target.persisted())) {
                link(node, target, r);
            }
        }
        if (many.mode() == ActiveMany.Mode.REPLACE && node.persisted()) {
            removals.add(new Removal.Unlink(r, node, targets));
        }
        if (!many.removed().isEmpty()) {
            requirePersisted(node, r);
            removals.add(new Removal.UnlinkOnly(r, node, List.copyOf(many.removed())));
        }
    }

    /** A junction row for the pair, once per pair and junction however often it is listed. */
    private void link(Node owner, Node target, Relation<?, ?> r) {
        Relation.Keys<?, ?> keys = r.keys();
        EntityMeta<?> junction = keys.junction();
        if (junction == null) {
            throw new IllegalStateException("relation " + r + " has no junction");
        }
        // The junction row itself: two relations naming the same pair (followers/following) make one row.
        java.util.TreeMap<String, Integer> row = new java.util.TreeMap<>();
        keys.junctionFrom().forEach(c -> row.put(c.name(), owner.id()));
        keys.junctionTo().forEach(c -> row.put(c.name(), target.id()));
        // Flattened to a list (table, column, id, column, id): a map's hash is a sum of key ^ value, which collides
        // for small ids and made this set a linear chain (a batch of 100 seed trees spent 5% of its time here).
        List<Object> rowKey = new ArrayList<>(1 + 2 * row.size());
        rowKey.add(junction.table());
        row.forEach((column, id) -> {
            rowKey.add(column);
            rowKey.add(id);
        });
        if (links == null) {
            links = new HashSet<>();
            linkKeys = new IdentityHashMap<>(4);
        }
        if (!links.add(rowKey)) {
            return;
        }
        Node node = new Node(nodes.size(), null, junction.newActiveModel());
        node.markLink(java.util.Objects.requireNonNull(linkKeys)
                .computeIfAbsent(keys, k -> requireLinkKey(junction, keys, r)));
        node.addFlow(new KeyFlow(owner, columns(keys.from()), keys.junctionFrom()));
        node.addFlow(new KeyFlow(target, columns(keys.to()), keys.junctionTo()));
        nodes.add(node);
    }

    /** Linking twice must not duplicate a junction row: the junction needs a key over both foreign keys. */
    private static List<Column<?, ?>> requireLinkKey(EntityMeta<?> junction, Relation.Keys<?, ?> keys,
                                                     Relation<?, ?> r) {
        List<Column<?, ?>> key = linkKey(junction, keys);
        if (!key.isEmpty()) {
            return key;
        }
        throw new GraphException("cannot link through " + junction.type().getSimpleName() + " (relation "
                + r.name() + "): it has no primary key or @UniqueKey over exactly its foreign keys "
                + keys.junctionFrom() + " and " + keys.junctionTo() + ", so linking twice would duplicate rows");
    }

    /** The junction's key over exactly its two foreign keys (primary or unique), or an empty list. */
    static List<Column<?, ?>> linkKey(EntityMeta<?> junction, Relation.Keys<?, ?> keys) {
        Set<String> both = new HashSet<>();
        keys.junctionFrom().forEach(c -> both.add(c.name()));
        keys.junctionTo().forEach(c -> both.add(c.name()));
        Set<String> pk = new HashSet<>();
        junction.primaryKey().forEach(c -> pk.add(c.name()));
        if (pk.equals(both)) {
            return columns(junction.primaryKey());
        }
        for (UniqueKeyMeta u : junction.uniqueKeys()) {
            if (new HashSet<>(u.columns()).equals(both)) {
                return u.columns().stream().<Column<?, ?>>map(junction::requireColumn).toList();
            }
        }
        return List.of();
    }

    private static void requirePersisted(Node node, Relation<?, ?> r) {
        if (!node.persisted()) {
            throw new GraphException("cannot remove children of " + r.name() + " from a new "
                    + node.meta().type().getSimpleName() + ": it has no row yet, so it has no children to remove");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Column<?, ?>> columns(List<? extends Column<?, ?>> cols) {
        return (List) cols;
    }
}
