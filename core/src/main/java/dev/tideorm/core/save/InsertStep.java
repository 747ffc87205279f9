package dev.tideorm.core.save;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.RecordNotInsertedException;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.query.Insert;
import dev.tideorm.core.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Inserts one batch (rows of one entity on one level): foreign keys filled in from parents written before,
 * {@code beforeSave} hooks, then one multi-row INSERT per set of written columns (split under the parameter
 * limit) returning every column, and {@code afterSave} hooks.
 *
 * <p>Returned rows are matched to their models by a rule that does not depend on the order the database returns
 * them in: by primary key when every row carries its own; else, for a single auto-increment key, by sorting the
 * returned rows on it (a sequence or identity hands out increasing values to the rows of one statement, which
 * are inserted in VALUES order); any other key is inserted row by row. Junction rows go in with
 * {@code ON CONFLICT DO NOTHING}, so linking a pair twice never duplicates it.
 */
final class InsertStep {
    private InsertStep() {
    }

    static Mono<Void> run(DbConn db, List<Node> batch) {
        return Mono.defer(() -> {
            for (Node n : batch) {
                n.flows().forEach(f -> f.apply(n));
            }
            return Rows.beforeSave(batch, true)
                    .then(Steps.inOrder(groups(batch), group -> insert(db, group)))
                    .then(Rows.afterSave(batch, true));
        });
    }

    /**
     * The insert of a lone row without hooks, written from the caller's model itself (nothing changes it before
     * the statement): emits the stored row.
     */
    @SuppressWarnings("unchecked")
    static Mono<Object> lone(DbConn db, ActiveModel<?, ?> original) {
        ActiveModel<Object, ?> model = (ActiveModel<Object, ?>) original;
        EntityMeta<Object> meta = model.meta();
        List<Statement> statements = Insert.many(List.of(model)).returningAll().statements(db.dialect());
        if (statements.size() != 1) {
            throw new IllegalStateException("one row rendered as " + statements.size() + " statements");
        }
        Statement statement = statements.get(0);
        return db.query(statement, meta.rowMapper()).collectList().map(rows -> {
            if (rows.size() != 1) {
                throw new RecordNotInsertedException("insert into " + meta.table() + " of 1 row returned "
                        + rows.size(), statement, null, null);
            }
            return rows.get(0);
        });
    }

    /** Rows with the same written columns, in order; rows whose key cannot be matched in a batch, one by one. */
    private static List<List<Node>> groups(List<Node> batch) {
        if (batch.size() == 1) {
            return List.of(batch);
        }
        Map<BitSet, List<Node>> bySignature = new LinkedHashMap<>();
        for (Node n : batch) {
            BitSet signature = new BitSet();
            for (int i = 0; i < n.meta().columns().size(); i++) {
                if (n.work().get(i).hasValue()) {
                    signature.set(i);
                }
            }
            bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(n);
        }
        List<List<Node>> out = new ArrayList<>();
        for (List<Node> group : bySignature.values()) {
            if (group.size() == 1 || group.get(0).isLink() || matchable(group)) {
                out.add(group);
            } else {
                group.forEach(n -> out.add(List.of(n)));
            }
        }
        return out;
    }

    private static boolean matchable(List<Node> group) {
        return Values.known(group.get(0).work(), group.get(0).meta().primaryKey()) || generatedSortableKey(group);
    }

    private static boolean generatedSortableKey(List<Node> group) {
        List<? extends Column<?, ?>> pk = group.get(0).meta().primaryKey();
        return pk.size() == 1 && pk.get(0).autoIncrement() && Comparable.class.isAssignableFrom(pk.get(0).javaType());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Mono<Void> insert(DbConn db, List<Node> group) {
        EntityMeta<Object> meta = (EntityMeta<Object>) group.get(0).meta();
        List<ActiveModel<Object, ?>> works = new ArrayList<>(group.size());
        group.forEach(n -> works.add((ActiveModel<Object, ?>) n.work()));
        Insert<Object> insert = Insert.many(works);
        if (group.get(0).isLink()) {
            // Existing links are skipped; their stored row is the one asked for.
            Column<Object, ?>[] target = group.get(0).linkKey().toArray(Column[]::new);
            return Flux.fromIterable(insert.onConflictDoNothing(target).statements(db.dialect()))
                    .concatMap(db::execute)
                    .then(Mono.fromRunnable(() -> group.forEach(n -> Rows.stored(n, Rows.record(n.work())))));
        }
        List<Statement> statements = insert.returningAll().statements(db.dialect());
        Flux<Object> stored = statements.size() == 1 ? db.query(statements.get(0), meta.rowMapper())
                : Flux.fromIterable(statements).concatMap(s -> db.query(s, meta.rowMapper()));
        return stored.collectList()
                .doOnNext(rows -> match(group, rows, statements.get(0)))
                .then();
    }

    private static void match(List<Node> group, List<Object> rows, Statement statement) {
        EntityMeta<?> meta = group.get(0).meta();
        List<? extends Column<?, ?>> pk = meta.primaryKey();
        if (rows.size() != group.size()) {
            throw new RecordNotInsertedException("insert into " + meta.table() + " of " + group.size()
                    + " rows returned " + rows.size(), statement, null, null);
        }
        if (group.size() == 1) {
            Rows.stored(group.get(0), rows.get(0));
        } else if (Values.known(group.get(0).work(), pk)) {
            Map<List<Object>, Object> byKey = new HashMap<>();
            rows.forEach(r -> byKey.put(Values.key(r, pk), r));
            for (Node n : group) {
                Object row = byKey.get(Values.key(n.work(), pk));
                if (row == null) {
                    throw new RecordNotInsertedException("insert into " + meta.table()
                            + " returned no row for one of the keys inserted", statement, null, null);
                }
                Rows.stored(n, row);
            }
        } else {
            List<Object> sorted = new ArrayList<>(rows);
            sorted.sort(byGeneratedKey(pk.get(0)));
            for (int i = 0; i < group.size(); i++) {
                Rows.stored(group.get(i), sorted.get(i));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> byGeneratedKey(Column<?, ?> key) {
        Column<Object, ?> k = (Column<Object, ?>) key;
        return (a, b) -> ((Comparable) k.get(a)).compareTo(k.get(b));
    }
}
