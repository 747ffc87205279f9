package dev.tideorm.core.load;

import dev.tideorm.core.meta.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A typed chain of relations from entity {@code M} to entity {@code T}, for loading deeper than three levels
 * ({@code Select.with(r1, r2, r3)} covers up to three):
 * <pre>{@code
 * User_.find().with(Path.of(User_.POSTS).then(Post_.COMMENTS).then(Comment_.POST).then(Post_.TAGS))
 * }</pre>
 * Immutable.
 *
 * @param <M> the entity the path starts from
 * @param <T> the entity it ends at
 */
public final class Path<M, T> {
    private final List<Relation<?, ?>> relations;

    private Path(List<Relation<?, ?>> relations) {
        this.relations = List.copyOf(relations);
    }

    /** A path of one relation. */
    public static <M, T> Path<M, T> of(Relation<M, T> relation) {
        return new Path<>(List.of(Objects.requireNonNull(relation, "relation")));
    }

    /** This path followed by {@code next}. */
    public <U> Path<M, U> then(Relation<T, U> next) {
        List<Relation<?, ?>> out = new ArrayList<>(relations);
        out.add(Objects.requireNonNull(next, "next"));
        return new Path<>(out);
    }

    /** The relations, from the start. */
    public List<Relation<?, ?>> relations() {
        return relations;
    }

    @Override
    public String toString() {
        return relations.stream().map(Relation::name).reduce((a, b) -> a + "." + b).orElse("");
    }
}
