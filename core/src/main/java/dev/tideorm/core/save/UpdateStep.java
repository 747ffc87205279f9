package dev.tideorm.core.save;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.RecordNotFoundException;
import dev.tideorm.core.error.RecordNotUpdatedException;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.model.ActiveModel;
import dev.tideorm.core.query.Select;
import dev.tideorm.core.query.Update;
import dev.tideorm.core.sql.BatchUpdateStatement;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Updates one batch (persisted rows of one entity): foreign keys filled in, {@code beforeSave} hooks for rows
 * with something to write, then per set of written columns one statement: the plain
 * {@code UPDATE ... WHERE <key>} for one row, a batch UPDATE for several. Only {@code Set} columns are written.
 * The stored rows come back through RETURNING; where the dialect has none they are read back by key (one SELECT
 * per batch), since the database may have normalised what was written (rounding, -0.0, triggers). A row that no
 * longer exists fails the save with {@link RecordNotUpdatedException}.
 */
final class UpdateStep {
    private UpdateStep() {
    }

    static Mono<Void> run(DbConn db, List<Node> batch) {
        return Mono.defer(() -> {
            for (Node n : batch) {
                n.flows().forEach(f -> f.apply(n));
            }
            List<Node> writing = batch.stream().filter(n -> Rows.hasWrites(n.work())).toList();
            List<Node> readOnly = batch.stream().filter(n -> !Rows.hasWrites(n.work())).toList();
            return Rows.beforeSave(writing, false)
                    .then(Flux.fromIterable(groups(writing)).concatMap(g -> update(db, g)).then())
                    .then(Flux.fromIterable(readOnly).filter(Node::readBack).concatMap(n -> reread(db, n)).then())
                    .then(Rows.afterSave(writing, false));
        });
    }

    /** Rows with the same {@code Set} columns (after the hooks, which may change them), in order. */
    private static List<List<Node>> groups(List<Node> nodes) {
        Map<BitSet, List<Node>> groups = new LinkedHashMap<>();
        for (Node n : nodes) {
            BitSet signature = new BitSet();
            for (Column<?, ?> c : n.meta().columns()) {
                if (!c.primaryKey() && n.work().get(c.index()).isSet()) {
                    signature.set(c.index());
                }
            }
            if (!signature.isEmpty()) {
                groups.computeIfAbsent(signature, k -> new ArrayList<>()).add(n);
            }
        }
        return new ArrayList<>(groups.values());
    }

    @SuppressWarnings("unchecked")
    private static Mono<Void> update(DbConn db, List<Node> group) {
        EntityMeta<Object> meta = (EntityMeta<Object>) group.get(0).meta();
        boolean returning = db.dialect().supportsReturning();
        if (group.size() == 1) {
            Node n = group.get(0);
            Update<Object> update = Update.one((ActiveModel<Object, ?>) n.work()).orElseThrow();
            Statement statement = (returning ? update.returningAll() : update).build(db.dialect());
            Mono<Object> row = returning
                    ? db.query(statement, r -> meta.read(r, 0)).singleOrEmpty()
                    : db.execute(statement).filter(count -> count > 0)
                            .flatMap(count -> reread(db, n).then(Mono.fromCallable(() -> Objects.requireNonNull(n.row()))));
            return row.switchIfEmpty(Mono.error(() -> notUpdated(meta, statement)))
                    .doOnNext(r -> Rows.stored(n, r))
                    .then();
        }
        List<Statement> statements = statements(db, group);
        if (returning) {
            return Flux.fromIterable(statements)
                    .concatMap(s -> db.query(s, r -> meta.read(r, 0)))
                    .collectList()
                    .doOnNext(rows -> matchByKey(group, rows, statements.get(0)))
                    .then();
        }
        return Flux.fromIterable(statements)
                .concatMap(db::execute)
                .reduce(0L, Long::sum)
                .flatMap(count -> count < group.size() ? Mono.error(notUpdated(meta, statements.get(0)))
                        : rereadAll(db, group));
    }

    /** The batch UPDATE of the group, split under the parameter limit. */
    private static List<Statement> statements(DbConn db, List<Node> group) {
        EntityMeta<?> meta = group.get(0).meta();
        List<Column<?, ?>> keys = new ArrayList<>(meta.primaryKey());
        List<Column<?, ?>> sets = new ArrayList<>();
        for (Column<?, ?> c : meta.columns()) {
            if (!c.primaryKey() && group.get(0).work().get(c.index()).isSet()) {
                sets.add(c);
            }
        }
        int perRow = keys.size() + sets.size();
        int rowsPerStatement = Math.max(1, db.dialect().maxBindParameters() / perRow);
        List<String> returning = db.dialect().supportsReturning()
                ? meta.columns().stream().map(Column::name).toList() : List.of();
        List<Statement> out = new ArrayList<>();
        for (int from = 0; from < group.size(); from += rowsPerStatement) {
            List<List<Expr>> rows = new ArrayList<>();
            for (Node n : group.subList(from, Math.min(group.size(), from + rowsPerStatement))) {
                Update.keyCondition(n.work(), "UpdateMany");
                List<Expr> row = new ArrayList<>(perRow);
                keys.forEach(c -> row.add(param(n, c)));
                sets.forEach(c -> row.add(param(n, c)));
                rows.add(row);
            }
            out.add(db.dialect().render(new BatchUpdateStatement(meta.tableRef(),
                    keys.stream().map(Column::name).toList(), sets.stream().map(Column::name).toList(), rows,
                    returning)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Expr param(Node n, Column<?, ?> c) {
        return Expr.param(((Column<?, Object>) c).toValue(Values.get(n.work(), c).value()));
    }

    private static void matchByKey(List<Node> group, List<Object> rows, Statement statement) {
        List<? extends Column<?, ?>> pk = group.get(0).meta().primaryKey();
        Map<List<Object>, Object> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(Values.key(r, pk), r));
        for (Node n : group) {
            Object row = byKey.get(Values.key(n.work(), pk));
            if (row != null) {
                Rows.stored(n, row);
            }
        }
        if (group.stream().anyMatch(n -> n.row() == null)) {
            throw notUpdated(group.get(0).meta(), statement);
        }
    }

    /** Without RETURNING: the stored rows, read back by key in one query. */
    @SuppressWarnings("unchecked")
    private static Mono<Void> rereadAll(DbConn db, List<Node> group) {
        EntityMeta<Object> meta = (EntityMeta<Object>) group.get(0).meta();
        List<? extends Column<?, ?>> pk = meta.primaryKey();
        List<List<Object>> keys = group.stream().map(n -> Values.key(n.work(), pk)).toList();
        return Select.of(meta).filter(Values.in(pk, keys)).stream(db).collectList().doOnNext(rows -> {
            Map<List<Object>, Object> byKey = new HashMap<>();
            rows.forEach(r -> byKey.put(Values.key(r, pk), r));
            for (Node n : group) {
                Object row = byKey.get(Values.key(n.work(), pk));
                if (row == null) {
                    throw new RecordNotFoundException("failed to find updated item in " + meta.table(), null, null,
                            null);
                }
                Rows.stored(n, row);
            }
        }).then();
    }

    /** Reads the row back by key (without RETURNING, or an explicit update with nothing to write). */
    @SuppressWarnings("unchecked")
    private static Mono<Void> reread(DbConn db, Node n) {
        EntityMeta<Object> meta = (EntityMeta<Object>) n.meta();
        Statement select = Select.of(meta).filter(Update.keyCondition((ActiveModel<Object, ?>) n.work(), "UpdateOne"))
                .limit(1).build(db.dialect());
        return db.query(select, r -> meta.read(r, 0)).singleOrEmpty()
                .switchIfEmpty(Mono.error(() -> new RecordNotFoundException("failed to find updated item in "
                        + meta.table(), select, null, null)))
                .doOnNext(r -> Rows.stored(n, r))
                .then();
    }

    private static RecordNotUpdatedException notUpdated(EntityMeta<?> meta, Statement statement) {
        return new RecordNotUpdatedException("update of " + meta.table() + " matched no row", statement, null, null);
    }
}
