package dev.tideorm.core.query;

import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.sql.SelectItem;
import dev.tideorm.core.sql.SelectStatement;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The chosen columns of a partial select, waiting for the function that turns them into a row object: a
 * constructor reference, typically. Each column is read with its own converter, exactly as the entity reads
 * it. Obtained from {@link Select#select(Column)} and its overloads.
 *
 * <pre>{@code
 * Cake_.find().select(Cake_.ID, Cake_.NAME).into(CakeName::new)   // PartialSelect<CakeName>
 * }</pre>
 */
public final class Projection {
    private Projection() {
    }

    /** Maps three values. */
    @FunctionalInterface
    public interface Fn3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    /** Maps four values. */
    @FunctionalInterface
    public interface Fn4<A, B, C, D, R> {
        R apply(A a, B b, C c, D d);
    }

    private static SelectStatement project(SelectStatement base, List<? extends Column<?, ?>> columns) {
        return base.withItems(columns.stream().map(c -> SelectItem.of(c.expr())).toList());
    }

    /** One column. */
    public static final class Of1<M, A> {
        private final SelectStatement base;
        private final Column<M, A> a;

        Of1(SelectStatement base, Column<M, A> a) {
            this.base = base;
            this.a = Objects.requireNonNull(a, "a");
        }

        /** Maps each row with {@code f}; the column value may be null when the column is nullable. */
        public <R> PartialSelect<R> into(Function<A, R> f) {
            Objects.requireNonNull(f, "f");
            return PartialSelect.of(project(base, List.of(a)), row -> f.apply(a.read(row, 0)));
        }
    }

    /** Two columns. */
    public static final class Of2<M, A, B> {
        private final SelectStatement base;
        private final Column<M, A> a;
        private final Column<M, B> b;

        Of2(SelectStatement base, Column<M, A> a, Column<M, B> b) {
            this.base = base;
            this.a = Objects.requireNonNull(a, "a");
            this.b = Objects.requireNonNull(b, "b");
        }

        /** Maps each row with {@code f}, e.g. a record's constructor; nullable columns may give nulls. */
        public <R> PartialSelect<R> into(BiFunction<A, B, R> f) {
            Objects.requireNonNull(f, "f");
            return PartialSelect.of(project(base, List.of(a, b)), row -> f.apply(a.read(row, 0), b.read(row, 1)));
        }
    }

    /** Three columns. */
    public static final class Of3<M, A, B, C> {
        private final SelectStatement base;
        private final Column<M, A> a;
        private final Column<M, B> b;
        private final Column<M, C> c;

        Of3(SelectStatement base, Column<M, A> a, Column<M, B> b, Column<M, C> c) {
            this.base = base;
            this.a = Objects.requireNonNull(a, "a");
            this.b = Objects.requireNonNull(b, "b");
            this.c = Objects.requireNonNull(c, "c");
        }

        /** Maps each row with {@code f}, e.g. a record's constructor; nullable columns may give nulls. */
        public <R> PartialSelect<R> into(Fn3<A, B, C, R> f) {
            Objects.requireNonNull(f, "f");
            return PartialSelect.of(project(base, List.of(a, b, c)),
                    row -> f.apply(a.read(row, 0), b.read(row, 1), c.read(row, 2)));
        }
    }

    /** Four columns. */
    public static final class Of4<M, A, B, C, D> {
        private final SelectStatement base;
        private final Column<M, A> a;
        private final Column<M, B> b;
        private final Column<M, C> c;
        private final Column<M, D> d;

        Of4(SelectStatement base, Column<M, A> a, Column<M, B> b, Column<M, C> c, Column<M, D> d) {
            this.base = base;
            this.a = Objects.requireNonNull(a, "a");
            this.b = Objects.requireNonNull(b, "b");
            this.c = Objects.requireNonNull(c, "c");
            this.d = Objects.requireNonNull(d, "d");
        }

        /** Maps each row with {@code f}, e.g. a record's constructor; nullable columns may give nulls. */
        public <R> PartialSelect<R> into(Fn4<A, B, C, D, R> f) {
            Objects.requireNonNull(f, "f");
            return PartialSelect.of(project(base, List.of(a, b, c, d)),
                    row -> f.apply(a.read(row, 0), b.read(row, 1), c.read(row, 2), d.read(row, 3)));
        }
    }

    /** Any select items (columns, aggregates, expressions with aliases), mapped by a {@link RowMapper}. */
    public static final class OfItems {
        private final SelectStatement statement;

        OfItems(SelectStatement base, List<SelectItem> items) {
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a partial select needs at least one item");
            }
            this.statement = base.withItems(items);
        }

        /** Maps each row with {@code mapper}, which reads by position or by alias. */
        public <R> PartialSelect<R> into(RowMapper<R> mapper) {
            return PartialSelect.of(statement, mapper);
        }
    }
}
