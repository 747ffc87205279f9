package dev.tideorm.core.load;

import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.internal.Keys;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
import dev.tideorm.core.meta.UniqueKeyMeta;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.Join;
import dev.tideorm.core.sql.SelectItem;
import dev.tideorm.core.sql.SelectStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One query of a load: the entity it reads, the to-one relations joined into it (leaves: nothing nested under
 * them, and unique, so they never multiply rows), and the relations read by queries of their own one level
 * down. Rows are read as values ({@link RawRow}) so records can be built bottom-up once the levels below are in.
 */
final class LoadShape {
    /** A to-one relation LEFT JOINed under {@code alias}; its columns start at {@code offset} in the row. */
    record Leaf(Relation<?, ?> relation, String alias, int offset) {
        EntityMeta<?> target() {
            return relation.target();
        }
    }

    private final EntityMeta<?> meta;
    private final @Nullable Relation<?, ?> relation;
    private final List<Leaf> leaves = new ArrayList<>();
    private final List<LoadShape> batched = new ArrayList<>();
    private int width;

    private LoadShape(EntityMeta<?> meta, @Nullable Relation<?, ?> relation) {
        this.meta = meta;
        this.relation = relation;
    }

    /** The shape of the root query; {@code joins} is false when leaves cannot be joined into it (DISTINCT, GROUP BY). */
    static LoadShape root(EntityMeta<?> meta, LoadTree tree, boolean joins) {
        return of(meta, null, tree, joins);
    }

    private static LoadShape of(EntityMeta<?> meta, @Nullable Relation<?, ?> relation, LoadTree tree, boolean joins) {
        LoadShape shape = new LoadShape(meta, relation);
        shape.width = meta.columns().size();
        for (Map.Entry<Relation<?, ?>, LoadTree> e : tree.children().entrySet()) {
            Relation<?, ?> r = e.getKey();
            if (joins && e.getValue().isEmpty() && joinable(r)) {
                shape.leaves.add(new Leaf(r, "j" + (shape.leaves.size() + 1), shape.width));
                shape.width += r.target().columns().size();
            } else {
                shape.batched.add(of(r.target(), r, e.getValue(), true));
            }
        }
        return shape;
    }

    /** A to-one relation whose target side is unique: joining it never duplicates the parent's row. */
    private static boolean joinable(Relation<?, ?> r) {
        if (r.kind() == RelationKind.BELONGS_TO) {
            return true;
        }
        if (r.kind() != RelationKind.HAS_ONE) {
            return false;
        }
        EntityMeta<?> target = r.target();
        Set<String> fk = new HashSet<>(r.toColumns());
        if (fk.size() == 1 && target.column(r.toColumns().get(0)).map(Column::unique).orElse(false)) {
            return true;
        }
        Set<String> pk = new HashSet<>();
        target.primaryKey().forEach(c -> pk.add(c.name()));
        if (pk.equals(fk)) {
            return true;
        }
        for (UniqueKeyMeta u : target.uniqueKeys()) {
            if (new HashSet<>(u.columns()).equals(fk)) {
                return true;
            }
        }
        return false;
    }

    EntityMeta<?> meta() {
        return meta;
    }

    /** How this shape hangs from its parent; null for the root. */
    @Nullable Relation<?, ?> relation() {
        return relation;
    }

    List<Leaf> leaves() {
        return leaves;
    }

    List<LoadShape> batched() {
        return batched;
    }

    /** {@code statement} with the leaves' columns and LEFT JOINs added; {@code own} qualifies this entity's columns. */
    SelectStatement withLeaves(SelectStatement statement) {
        String own = statement.from() == null ? meta.table() : statement.from().qualifier();
        List<SelectItem> items = new ArrayList<>(statement.items());
        SelectStatement s = statement;
        for (Leaf leaf : leaves) {
            for (Column<?, ?> c : leaf.target().columns()) {
                items.add(SelectItem.of(Expr.col(leaf.alias(), c.name())));
            }
            Relation.Keys<?, ?> k = leaf.relation().keys();
            List<Expr> on = new ArrayList<>();
            for (int i = 0; i < k.from().size(); i++) {
                on.add(Expr.col(leaf.alias(), k.to().get(i).name()).eq(Expr.col(own, k.from().get(i).name())));
            }
            s = s.join(new Join(Join.Kind.LEFT, leaf.target().tableRef().as(leaf.alias()), Expr.and(on)));
        }
        return s.withItems(items);
    }

    /**
     * The query of a batched shape for these parent keys: its rows whose key matches, through the junction for a
     * many-to-many relation (whose columns to the parent come last), ordered by primary key.
     */
    SelectStatement query(List<List<Object>> parentKeys) {
        Relation.Keys<?, ?> k = java.util.Objects.requireNonNull(relation).keys();
        List<SelectItem> items = new ArrayList<>();
        meta.columns().forEach(c -> items.add(SelectItem.of(c.expr())));
        SelectStatement s = SelectStatement.from(meta.tableRef(), items);
        Expr where;
        if (relation.kind() == RelationKind.MANY_TO_MANY) {
            EntityMeta<?> junction = java.util.Objects.requireNonNull(k.junction());
            List<Expr> on = new ArrayList<>();
            for (int i = 0; i < k.to().size(); i++) {
                on.add(k.junctionTo().get(i).expr().eq(k.to().get(i).expr()));
            }
            s = s.join(new Join(Join.Kind.INNER, junction.tableRef(), Expr.and(on)));
            where = Keys.in(k.junctionFrom(), parentKeys);
        } else {
            where = Keys.in(k.to(), parentKeys);
        }
        s = withLeaves(s.where(where));
        if (relation.kind() == RelationKind.MANY_TO_MANY) {
            List<SelectItem> withGroup = new ArrayList<>(s.items());
            k.junctionFrom().forEach(c -> withGroup.add(SelectItem.of(c.expr())));
            s = s.withItems(withGroup);
        }
        for (Column<?, ?> c : meta.primaryKey()) {
            s = s.orderBy(c.asc());
        }
        return s;
    }

    /** Reads a row of this shape's query into values. */
    RowMapper<RawRow> reader() {
        boolean grouped = relation != null && relation.kind() == RelationKind.MANY_TO_MANY;
        return row -> {
            Object[] own = read(meta, row, 0);
            Object[][] leafValues = new Object[leaves.size()][];
            for (int i = 0; i < leaves.size(); i++) {
                Leaf leaf = leaves.get(i);
                Object[] v = read(leaf.target(), row, leaf.offset());
                leafValues[i] = absent(leaf.target(), v) ? null : v;
            }
            List<Object> group = null;
            if (grouped) {
                List<? extends Column<?, ?>> jFrom = relation.keys().junctionFrom();
                Object[] g = new Object[jFrom.size()];
                for (int i = 0; i < g.length; i++) {
                    g[i] = jFrom.get(i).read(row, width + i);
                }
                group = java.util.Arrays.asList(g);
            }
            return new RawRow(own, leafValues, group);
        };
    }

    private static Object[] read(EntityMeta<?> meta, dev.tideorm.core.conn.RowReader row, int offset) {
        Object[] out = new Object[meta.columns().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = meta.columns().get(i).read(row, offset + i);
        }
        return out;
    }

    /** A LEFT JOIN that found no row: every primary key column is NULL. */
    private static boolean absent(EntityMeta<?> meta, Object[] values) {
        for (Column<?, ?> c : meta.primaryKey()) {
            if (values[c.index()] != null) {
                return false;
            }
        }
        return true;
    }
}
