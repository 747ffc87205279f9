package dev.tideorm.core.query;

import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.SelectItem;
import dev.tideorm.core.sql.SelectStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The relation handles of generated metamodels ({@code User_.POSTS}): a {@link Relation} that can also query one
 * parent's related rows (SeaORM's {@code find_related}).
 *
 * @param <M> the owning entity
 * @param <T> the target entity
 */
public final class Related<M, T> extends Relation<M, T> {
    /** The internal key helpers (named apart from the inherited {@link Relation.Keys}). */
    private static final class KeyValues {
        static List<Object> of(Object record, List<? extends dev.tideorm.core.meta.Column<?, ?>> cols) {
            return dev.tideorm.core.internal.Keys.of(record, cols);
        }

        static Expr eq(List<? extends dev.tideorm.core.meta.Column<?, ?>> cols, List<Object> key) {
            return dev.tideorm.core.internal.Keys.eq(cols, key);
        }
    }

    private Related(Relation.Builder<M, T> b) {
        super(b);
    }

    /** The handle {@code b} specifies; used by generated metamodels. */
    public static <M, T> Related<M, T> of(Relation.Builder<M, T> b) {
        return new Related<>(b);
    }

    /**
     * The rows related to {@code parent} through this relation, as a query to refine like any other (filters,
     * order, limit, {@code with}, ...). Unordered unless ordered.
     *
     * <pre>{@code
     * User_.POSTS.findRelated(bob)      // SELECT "post".... FROM "post" WHERE "post"."user_id" = $1
     * Post_.TAGS.findRelated(post)      // ... FROM "tag" WHERE "tag"."id" IN (SELECT "post_tag"."tag_id"
     *                                   //      FROM "post_tag" WHERE "post_tag"."post_id" = $1)
     * Post_.AUTHOR.findRelated(post)    // SELECT "user".... FROM "user" WHERE "user"."id" = $1
     * }</pre>
     */
    public Select<T> findRelated(M parent) {
        Objects.requireNonNull(parent, "parent");
        Relation.Keys<M, T> k = keys();
        List<Object> key = KeyValues.of(parent, k.from());
        Select<T> rows = Select.of(target());
        if (kind() != RelationKind.MANY_TO_MANY) {
            return rows.filter(KeyValues.eq(k.to(), key));
        }
        EntityMeta<?> junction = Objects.requireNonNull(k.junction());
        List<SelectItem> linked = new ArrayList<>();
        k.junctionTo().forEach(c -> linked.add(SelectItem.of(c.expr())));
        SelectStatement links = SelectStatement.from(junction.tableRef(), linked).where(KeyValues.eq(k.junctionFrom(), key));
        List<Expr> targetKey = new ArrayList<>();
        k.to().forEach(c -> targetKey.add(c.expr()));
        Expr left = targetKey.size() == 1 ? targetKey.get(0) : new Expr.Tuple(targetKey);
        return rows.filter(new Expr.In(left, List.of(new Expr.SubQuery(links)), false));
    }
}
