package dev.tideorm.schema.diff;

import dev.tideorm.schema.diff.SchemaChange.AddColumn;
import dev.tideorm.schema.diff.SchemaChange.AddForeignKey;
import dev.tideorm.schema.diff.SchemaChange.CreateIndex;
import dev.tideorm.schema.diff.SchemaChange.CreateTable;
import dev.tideorm.schema.diff.SchemaChange.DropIndex;
import dev.tideorm.schema.diff.SchemaChange.RenameColumn;
import dev.tideorm.schema.diff.SchemaChange.RenameIndex;
import dev.tideorm.schema.diff.SchemaChange.ReplaceForeignKey;
import dev.tideorm.schema.model.ColumnDef;
import dev.tideorm.schema.model.ForeignKeyDef;
import dev.tideorm.schema.model.IndexDef;
import dev.tideorm.schema.model.IndexKind;
import dev.tideorm.schema.model.LiveSchema;
import dev.tideorm.schema.model.TableDef;
import dev.tideorm.schema.model.TableName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares desired tables with the live schema. Pure and deterministic. The changes come in phases, each phase
 * in foreign-key table order ({@link TableOrder}):
 * <ol>
 *   <li>{@code CREATE TABLE} for missing tables (no foreign keys yet, so cycles work);</li>
 *   <li>column renames ({@code renamedFrom}) and added columns on existing tables;</li>
 *   <li>drops of unique indexes and constraints no longer declared (and of an index whose name a new one needs);</li>
 *   <li>renames that adopt an existing unique constraint or index of a unique column under the column's constraint
 *       name {@code idx-<table>-<column>};</li>
 *   <li>the named unique constraint of a unique column lacking one ({@code ADD CONSTRAINT … UNIQUE}), and
 *       {@code CREATE [UNIQUE] INDEX} for unique keys and indexed columns lacking an index with the same column
 *       list;</li>
 *   <li>foreign keys: missing ones added, ones with changed actions replaced.</li>
 * </ol>
 * Everything else that differs is a {@link SkippedDifference}.
 */
public final class SchemaDiffer {
    /**
     * Adoption candidates for a unique column's constraint, best first: constraints before plain unique indexes,
     * then by name, so that the choice does not depend on catalog order.
     */
    private static final Comparator<IndexDef> ADOPTION_ORDER = Comparator
            .comparing((IndexDef i) -> i.kind() != IndexKind.UNIQUE_CONSTRAINT).thenComparing(IndexDef::name);

    private final LiveSchema live;
    private final DiffRules rules;
    private final Map<TableName, TableDef> actual;
    private final List<SchemaChange> creates = new ArrayList<>();
    private final List<SchemaChange> columns = new ArrayList<>();
    private final List<SchemaChange> drops = new ArrayList<>();
    private final List<SchemaChange> renames = new ArrayList<>();
    private final List<SchemaChange> indexes = new ArrayList<>();
    private final List<SchemaChange> foreignKeys = new ArrayList<>();
    private final List<SkippedDifference> skipped = new ArrayList<>();

    private SchemaDiffer(LiveSchema live, DiffRules rules) {
        this.live = live;
        this.rules = rules;
        this.actual = new LinkedHashMap<>(live.byResolvedName());
    }

    /** The changes that make {@code live} match {@code desired}, and the differences left alone. */
    public static SchemaDiff diff(List<TableDef> desired, LiveSchema live, DiffRules rules) {
        return new SchemaDiffer(live, rules).run(desired);
    }

    private SchemaDiff run(List<TableDef> desired) {
        List<TableDef> ordered = TableOrder.sort(desired, live.currentSchema());
        ordered.forEach(this::planRenames);
        Set<TableName> seen = new HashSet<>();
        for (TableDef t : ordered) {
            TableName key = key(t.name());
            seen.add(key);
            TableDef current = actual.get(key);
            if (current == null) {
                creates.add(new CreateTable(t));
                current = asCreated(t);
            } else {
                diffColumns(t, current);
            }
            Set<String> recreated = diffIndexes(t, current);
            diffForeignKeys(t, current, recreated);
        }
        actual.forEach((k, t) -> {
            if (!seen.contains(k)) {
                skipped.add(new SkippedDifference.ExtraTable(t.name()));
            }
        });
        List<SchemaChange> all = new ArrayList<>(creates);
        all.addAll(columns);
        all.addAll(drops);
        all.addAll(renames);
        all.addAll(indexes);
        all.addAll(foreignKeys);
        return new SchemaDiff(all, skipped);
    }

    private TableName key(TableName n) {
        return n.resolve(live.currentSchema());
    }

    /** Renames first, on a virtual copy of the live schema, so the later comparisons see the new names. */
    private void planRenames(TableDef t) {
        TableName key = key(t.name());
        TableDef current = actual.get(key);
        if (current == null) {
            return;
        }
        Set<String> declared = new HashSet<>();
        t.columns().forEach(c -> declared.add(c.name()));
        for (ColumnDef c : t.columns()) {
            String from = c.renamedFrom();
            if (from == null || current.column(c.name()).isPresent()) {
                continue;
            }
            if (current.column(from).isEmpty()) {
                skipped.add(new SkippedDifference.RenameSourceMissing(t.name(), from, c.name()));
            } else if (!declared.contains(from)) {
                columns.add(new RenameColumn(t.name(), from, c.name()));
                current = Renames.apply(current, from, c.name());
                actual.put(key, current);
                actual.replaceAll((k, other) -> Renames.applyToReferences(other, key, live.currentSchema(),
                        from, c.name()));
            }
        }
    }

    private void diffColumns(TableDef t, TableDef current) {
        Set<String> declared = new HashSet<>();
        for (ColumnDef c : t.columns()) {
            declared.add(c.name());
            Optional<ColumnDef> existing = current.column(c.name());
            if (existing.isEmpty()) {
                ColumnDef added = c.withUnique(false).withRenamedFrom(null);
                columns.add(new AddColumn(t.name(), added, !added.fillsExistingRows()));
                continue;
            }
            ColumnDef ec = existing.get();
            if (!rules.normalizeType(ec.type()).equals(rules.normalizeType(c.type()))) {
                skipped.add(new SkippedDifference.ColumnTypeChanged(t.name(), ec, c));
            }
            if (ec.nullable() != c.nullable()) {
                skipped.add(new SkippedDifference.ColumnNullabilityChanged(t.name(), ec, c));
            }
        }
        for (ColumnDef ec : current.columns()) {
            if (!declared.contains(ec.name())) {
                skipped.add(new SkippedDifference.ExtraColumn(t.name(), ec));
            }
        }
        if (!current.primaryKey().equals(t.primaryKey())) {
            skipped.add(new SkippedDifference.PrimaryKeyChanged(t.name(), current.primaryKey(), t.primaryKey()));
        }
    }

    /**
     * Drops undeclared unique indexes, adopts existing unique constraints and indexes of unique columns under the
     * column's constraint name, and creates missing ones.
     *
     * <p>A unique column wants the constraint {@code idx-<table>-<column>} ({@link IndexDef#uniqueColumn}). It is
     * satisfied by a unique constraint or unique index of that name over exactly that column (an index is what
     * earlier versions created). Otherwise a unique constraint or unique index over exactly that column whose name
     * the database generated ({@link DiffRules#generatedName}: it was created unnamed) is renamed (adopted); failing
     * that, any unique index or the primary key
     * over the column satisfies it as before, and only without any is the constraint added.
     *
     * @return the names of the live foreign keys re-created around a drop (see {@link DropIndex})
     */
    private Set<String> diffIndexes(TableDef t, TableDef current) {
        List<IndexDef> wanted = new ArrayList<>();
        for (ColumnDef c : t.columns()) {
            if (c.unique()) {
                wanted.add(IndexDef.uniqueColumn(t.name(), c.name()));
            }
        }
        wanted.addAll(t.indexes());
        Set<String> wantedNames = new HashSet<>();
        wanted.forEach(w -> wantedNames.add(rules.identifier(w.name())));
        Set<List<String>> uniqueSets = new HashSet<>();
        wanted.stream().filter(IndexDef::unique).forEach(w -> uniqueSets.add(w.columns()));
        if (!t.primaryKey().isEmpty()) {
            // the declared key is unique even where the table has a unique index instead of a PRIMARY KEY
            uniqueSets.add(t.primaryKey());
        }
        Set<String> recreated = new HashSet<>();
        List<IndexDef> remaining = new ArrayList<>();
        if (!current.primaryKey().isEmpty()) {
            remaining.add(new IndexDef("(primary key)", current.primaryKey(), true, IndexKind.PRIMARY_KEY));
        }
        for (IndexDef i : current.indexes()) {
            if (i.unique() && i.kind() != IndexKind.PRIMARY_KEY && !uniqueSets.contains(i.columns())) {
                drop(t, current, i, recreated);
            } else {
                remaining.add(i);
            }
        }
        for (IndexDef w : wanted) {
            String stored = rules.identifier(w.name());
            boolean named = remaining.stream().anyMatch(r -> r.name().equals(stored)
                    && r.columns().equals(w.columns()) && (r.unique() || !w.unique()));
            if (named) {
                continue;
            }
            Optional<IndexDef> adoptable = w.kind() != IndexKind.UNIQUE_CONSTRAINT ? Optional.empty()
                    : remaining.stream().filter(r -> r.unique() && r.kind() != IndexKind.PRIMARY_KEY
                            && r.columns().equals(w.columns()) && !wantedNames.contains(r.name())
                            && adoptable(t, w, r))
                    .min(ADOPTION_ORDER);
            boolean satisfied = remaining.stream()
                    .anyMatch(r -> r.columns().equals(w.columns()) && (r.unique() || !w.unique()));
            if (satisfied && adoptable.isEmpty()) {
                continue;
            }
            remaining.stream().filter(r -> r.name().equals(stored) && r.kind() != IndexKind.PRIMARY_KEY)
                    .findFirst().ifPresent(taken -> {
                        drop(t, current, taken, recreated);
                        remaining.remove(taken);
                    });
            if (adoptable.isPresent()) {
                IndexDef a = adoptable.get();
                renames.add(new RenameIndex(t.name(), a, w.name()));
                remaining.set(remaining.indexOf(a), a.withName(stored));
            } else {
                indexes.add(new CreateIndex(t.name(), w));
                remaining.add(w.withName(stored));
            }
        }
        return recreated;
    }

    /**
     * Whether sync may rename {@code index} to the unique column constraint {@code wanted}: a name the database
     * generated for an unnamed one, or one TideORM made ({@code idx-<table>-...}, e.g. before a column rename).
     * A name somebody chose is theirs: it still covers the column, unrenamed.
     */
    private boolean adoptable(TableDef t, IndexDef wanted, IndexDef index) {
        String table = t.name().name();
        if (index.name().startsWith(rules.identifier("idx-" + table + "-"))) {
            return true;
        }
        String column = wanted.columns().get(0);
        // after a column rename the generated name still carries the former column name
        String former = t.columns().stream().filter(c -> c.name().equals(column)).map(ColumnDef::renamedFrom)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return rules.generatedName(table, column, index.name())
                || (former != null && rules.generatedName(table, former, index.name()));
    }

    /**
     * Drops an index. The foreign keys that use it (H2) are dropped first and added again after: as the entity
     * declares the key with the same columns and target, or unchanged when it declares none.
     */
    private void drop(TableDef t, TableDef current, IndexDef i, Set<String> recreated) {
        List<ReplaceForeignKey> around = new ArrayList<>();
        for (String name : i.foreignKeys()) {
            Optional<ForeignKeyDef> live = current.foreignKeys().stream().filter(a -> a.name().equals(name))
                    .findFirst();
            if (live.isEmpty() || !recreated.add(name)) {
                continue;
            }
            ForeignKeyDef a = live.get();
            ForeignKeyDef desired = t.foreignKeys().stream().filter(f -> sameKey(a, f)).findFirst()
                    .map(f -> forDdl(t, f)).orElse(a);
            around.add(new ReplaceForeignKey(t.name(), a, desired));
        }
        drops.add(new DropIndex(t.name(), i, around));
    }

    private void diffForeignKeys(TableDef t, TableDef current, Set<String> recreated) {
        Set<ForeignKeyDef> matched = new HashSet<>();
        for (ForeignKeyDef f : t.foreignKeys()) {
            Optional<ForeignKeyDef> same = current.foreignKeys().stream()
                    .filter(a -> !matched.contains(a) && sameKey(a, f)).findFirst();
            Optional<ForeignKeyDef> named = current.foreignKeys().stream()
                    .filter(a -> !matched.contains(a) && a.name().equals(f.name())).findFirst();
            if (same.isPresent()) {
                ForeignKeyDef a = same.get();
                matched.add(a);
                boolean sameActions = rules.sameAction(a.onDelete(), f.onDelete())
                        && rules.sameAction(a.onUpdate(), f.onUpdate());
                if (!sameActions && !recreated.contains(a.name())) {
                    foreignKeys.add(new ReplaceForeignKey(t.name(), a, forDdl(t, f)));
                }
            } else if (named.isPresent()) {
                matched.add(named.get());
                skipped.add(new SkippedDifference.ForeignKeyChanged(t.name(), named.get(), f));
            } else {
                foreignKeys.add(new AddForeignKey(t.name(), forDdl(t, f)));
            }
        }
        for (ForeignKeyDef a : current.foreignKeys()) {
            if (!matched.contains(a)) {
                skipped.add(new SkippedDifference.ExtraForeignKey(t.name(), a));
            }
        }
    }

    /**
     * The key as DDL must name it. A reference without schema means the current schema; from a table of another
     * schema it is qualified, because H2 resolves it in the referencing table's schema.
     */
    private ForeignKeyDef forDdl(TableDef t, ForeignKeyDef f) {
        return t.name().schema() != null && f.refTable().schema() == null ? f.withRefTable(key(f.refTable())) : f;
    }

    private boolean sameKey(ForeignKeyDef a, ForeignKeyDef b) {
        return a.columns().equals(b.columns()) && a.refColumns().equals(b.refColumns())
                && key(a.refTable()).equals(key(b.refTable()));
    }

    /**
     * A table as CREATE TABLE leaves it: primary key and unique columns' constraints (under the names the catalog
     * will report), no other index, no FK.
     */
    private TableDef asCreated(TableDef t) {
        List<IndexDef> inline = new ArrayList<>();
        for (ColumnDef c : t.columns()) {
            if (c.unique()) {
                IndexDef u = IndexDef.uniqueColumn(t.name(), c.name());
                inline.add(u.withName(rules.identifier(u.name())));
            }
        }
        return new TableDef(t.name(), t.columns(), t.primaryKey(), inline, List.of());
    }
}
