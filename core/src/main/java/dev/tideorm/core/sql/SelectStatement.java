package dev.tideorm.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable SELECT statement tree. Every {@code with*}/adder returns a new statement, so a
 * statement can be shared and re-used safely (and a {@code Mono} built on it re-subscribed).
 */
public record SelectStatement(
        boolean distinct,
        List<SelectItem> items,
        @Nullable TableRef from,
        List<Join> joins,
        @Nullable Expr where,
        List<Expr> groupBy,
        @Nullable Expr having,
        List<OrderBy> orderBy,
        @Nullable Long limit,
        @Nullable Long offset) {

    public SelectStatement {
        items = List.copyOf(items);
        joins = List.copyOf(joins);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
        if (limit != null && limit < 0) throw new IllegalArgumentException("negative limit " + limit);
        if (offset != null && offset < 0) throw new IllegalArgumentException("negative offset " + offset);
    }

    /** {@code SELECT <items> FROM table}. */
    public static SelectStatement from(TableRef table, List<SelectItem> items) {
        return new SelectStatement(false, items, table, List.of(), null, List.of(), null, List.of(), null, null);
    }

    public SelectStatement withItems(List<SelectItem> newItems) {
        return new SelectStatement(distinct, newItems, from, joins, where, groupBy, having, orderBy, limit, offset);
    }

    public SelectStatement withDistinct(boolean d) {
        return new SelectStatement(d, items, from, joins, where, groupBy, having, orderBy, limit, offset);
    }

    public SelectStatement join(Join join) {
        return new SelectStatement(distinct, items, from, append(joins, join), where, groupBy, having, orderBy,
                limit, offset);
    }

    /** Adds a condition, AND-ed with any existing WHERE. */
    public SelectStatement where(Expr condition) {
        Objects.requireNonNull(condition, "condition");
        Expr w = where == null ? condition : where.and(condition);
        return new SelectStatement(distinct, items, from, joins, w, groupBy, having, orderBy, limit, offset);
    }

    public SelectStatement withWhere(@Nullable Expr newWhere) {
        return new SelectStatement(distinct, items, from, joins, newWhere, groupBy, having, orderBy, limit, offset);
    }

    public SelectStatement groupBy(Expr expr) {
        return new SelectStatement(distinct, items, from, joins, where, append(groupBy, expr), having, orderBy,
                limit, offset);
    }

    public SelectStatement having(Expr condition) {
        Expr h = having == null ? condition : having.and(condition);
        return new SelectStatement(distinct, items, from, joins, where, groupBy, h, orderBy, limit, offset);
    }

    public SelectStatement orderBy(OrderBy o) {
        return new SelectStatement(distinct, items, from, joins, where, groupBy, having, append(orderBy, o),
                limit, offset);
    }

    public SelectStatement withOrderBy(List<OrderBy> newOrder) {
        return new SelectStatement(distinct, items, from, joins, where, groupBy, having, newOrder, limit, offset);
    }

    public SelectStatement limit(@Nullable Long n) {
        return new SelectStatement(distinct, items, from, joins, where, groupBy, having, orderBy, n, offset);
    }

    public SelectStatement offset(@Nullable Long n) {
        return new SelectStatement(distinct, items, from, joins, where, groupBy, having, orderBy, limit, n);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(Objects.requireNonNull(item));
        return copy;
    }
}
