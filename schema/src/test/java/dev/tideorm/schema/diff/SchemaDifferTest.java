package dev.tideorm.schema.diff;

import static dev.tideorm.schema.diff.Defs.col;
import static dev.tideorm.schema.diff.Defs.constraint;
import static dev.tideorm.schema.diff.Defs.fk;
import static dev.tideorm.schema.diff.Defs.id;
import static dev.tideorm.schema.diff.Defs.index;
import static dev.tideorm.schema.diff.Defs.live;
import static dev.tideorm.schema.diff.Defs.liveFk;
import static dev.tideorm.schema.diff.Defs.nullable;
import static dev.tideorm.schema.diff.Defs.table;
import static dev.tideorm.schema.diff.Defs.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.annotation.ForeignKeyAction;
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
import dev.tideorm.schema.model.LiveSchema;
import dev.tideorm.schema.model.TableDef;
import dev.tideorm.schema.model.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {
    private static final TableName USER = TableName.of("user");
    private static final TableName POST = TableName.of("post");

    private static final TableDef USER_T = table("user", List.of(id(), col("name", "text").withUnique(true)),
            List.of("id"));
    private static final TableDef POST_T = table("post", List.of(id(), col("user_id", "integer"),
            nullable("title", "text")), List.of("id"))
            .withIndexes(List.of(IndexDef.index("idx-post-title", List.of("title"), false)))
            .withForeignKeys(List.of(fk("fk-post-user_id", "user_id", "user", "id")));

    private static SchemaDiff diff(List<TableDef> desired, TableDef... live) {
        return SchemaDiffer.diff(desired, new LiveSchema("public", List.of(live)), DiffRules.simple());
    }

    /** The live form of a desired table as sync would have created it. */
    private static TableDef created(TableDef t) {
        List<IndexDef> idx = new java.util.ArrayList<>(t.indexes());
        t.columns().stream().filter(ColumnDef::unique)
                .forEach(c -> idx.add(constraint("idx-" + t.name().name() + "-" + c.name(), c.name())));
        List<ForeignKeyDef> fks = t.foreignKeys().stream().map(f -> new ForeignKeyDef(f.name(), f.columns(),
                f.refTable().resolve("public"), f.refColumns(), f.onDelete(), f.onUpdate())).toList();
        return new TableDef(t.name().resolve("public"), t.columns(), t.primaryKey(), idx, fks);
    }

    @Test
    void createsMissingTablesInForeignKeyOrderThenIndexesThenForeignKeys() {
        SchemaDiff d = diff(List.of(POST_T, USER_T));
        assertThat(d.changes()).containsExactly(
                new CreateTable(USER_T),
                new CreateTable(POST_T),
                new CreateIndex(POST, IndexDef.index("idx-post-title", List.of("title"), false)),
                new AddForeignKey(POST, fk("fk-post-user_id", "user_id", "user", "id")));
        assertThat(d.skipped()).isEmpty();
    }

    @Test
    void upToDateSchemaGivesNoChange() {
        SchemaDiff d = diff(List.of(USER_T, POST_T), created(USER_T), created(POST_T));
        assertThat(d.changes()).isEmpty();
        assertThat(d.skipped()).isEmpty();
    }

    @Test
    void addsMissingColumnsAndFlagsNotNullWithoutDefault() {
        TableDef want = USER_T.withColumns(List.of(id(), col("name", "text").withUnique(true),
                nullable("bio", "text"), col("age", "integer").withDefault("0"), col("nick", "text")));
        SchemaDiff d = diff(List.of(want), created(USER_T));
        assertThat(d.changes()).containsExactly(
                new AddColumn(USER, nullable("bio", "text"), false),
                new AddColumn(USER, col("age", "integer").withDefault("0"), false),
                new AddColumn(USER, col("nick", "text"), true));
    }

    @Test
    void renamesFromAnExistingColumnAndCarriesItsIndexes() {
        TableDef old = live("user", List.of(id(), col("name", "text")), List.of("id"))
                .withIndexes(List.of(constraint("user_name_key", "name")));
        TableDef want = table("user", List.of(id(), col("login", "text").withUnique(true).withRenamedFrom("name")),
                List.of("id"));
        SchemaDiff d = diff(List.of(want), old);
        // the constraint follows the column, and is then adopted under the column's new constraint name
        assertThat(d.changes()).containsExactly(new RenameColumn(USER, "name", "login"),
                new RenameIndex(USER, constraint("user_name_key", "login"), "idx-user-login"));
        assertThat(d.skipped()).isEmpty();
    }

    @Test
    void renameWithMissingSourceIsReportedAndTheColumnAdded() {
        TableDef want = table("user", List.of(id(), nullable("login", "text").withRenamedFrom("nope")),
                List.of("id"));
        SchemaDiff d = diff(List.of(want), live("user", List.of(id()), List.of("id")));
        assertThat(d.changes()).containsExactly(new AddColumn(USER, nullable("login", "text"), false));
        assertThat(d.skipped()).containsExactly(new SkippedDifference.RenameSourceMissing(USER, "nope", "login"));
    }

    @Test
    void renameFollowsIntoForeignKeysOfOtherTables() {
        TableDef user = live("user", List.of(col("uid", "integer")), List.of("uid"));
        TableDef post = live("post", List.of(id(), col("user_id", "integer")), List.of("id"))
                .withForeignKeys(List.of(liveFk("fk-post-user_id", "user_id", "user", "uid")));
        TableDef wantUser = table("user", List.of(col("id", "integer").withRenamedFrom("uid")), List.of("id"));
        TableDef wantPost = table("post", List.of(id(), col("user_id", "integer")), List.of("id"))
                .withForeignKeys(List.of(fk("fk-post-user_id", "user_id", "user", "id")));
        SchemaDiff d = diff(List.of(wantPost, wantUser), user, post);
        assertThat(d.changes()).containsExactly(new RenameColumn(USER, "uid", "id"));
        assertThat(d.skipped()).isEmpty();
    }

    @Test
    void uniqueColumnOnExistingTableGetsANamedUniqueConstraint() {
        SchemaDiff d = diff(List.of(USER_T), live("user", List.of(id(), col("name", "text")), List.of("id")));
        assertThat(d.changes()).containsExactly(new CreateIndex(USER, constraint("idx-user-name", "name")));
        assertThat(d.changes().get(0)).hasToString("create unique constraint idx-user-name (name) on user");
    }

    @Test
    void aUniqueColumnAdoptsItsUnnamedConstraintByRenamingIt() {
        TableDef pg = live("user", USER_T.columns(), List.of("id"))
                .withIndexes(List.of(constraint("user_name_key", "name")));
        assertThat(diff(List.of(USER_T), pg).changes()).containsExactly(
                new RenameIndex(USER, constraint("user_name_key", "name"), "idx-user-name"));
        // H2: the foreign keys that use the constraint's index are not touched, a rename keeps them
        IndexDef h2 = constraint("CONSTRAINT_E5", "name").withForeignKeys(List.of("fk-user-name"));
        SchemaDiff d = diff(List.of(USER_T), live("user", USER_T.columns(), List.of("id"))
                .withIndexes(List.of(h2)));
        assertThat(d.changes()).containsExactly(new RenameIndex(USER, h2, "idx-user-name"));
        assertThat(d.changes().get(0)).hasToString(
                "rename unique constraint CONSTRAINT_E5 (name) on user to idx-user-name");
        // and once renamed there is nothing left to do
        assertThat(diff(List.of(USER_T), live("user", USER_T.columns(), List.of("id"))
                .withIndexes(List.of(h2.withName("idx-user-name")))).changes()).isEmpty();
    }

    @Test
    void aUniqueColumnAdoptsAUniqueIndexPreferringAConstraint() {
        TableDef onlyIndex = live("user", USER_T.columns(), List.of("id"))
                .withIndexes(List.of(uniqueIndex("user_name_idx", "name")));
        assertThat(diff(List.of(USER_T), onlyIndex).changes()).containsExactly(
                new RenameIndex(USER, uniqueIndex("user_name_idx", "name"), "idx-user-name"));
        TableDef both = live("user", USER_T.columns(), List.of("id"))
                .withIndexes(List.of(uniqueIndex("INDEX_4", "name"), constraint("user_name_key1", "name")));
        // the other one is still unique over a unique column: kept
        assertThat(diff(List.of(USER_T), both).changes()).containsExactly(
                new RenameIndex(USER, constraint("user_name_key1", "name"), "idx-user-name"));
    }

    @Test
    void aNameSomebodyChoseIsKeptNotAdopted() {
        // a chosen name covers the column as it is; only names the database made up (or TideORM's own) are renamed
        for (IndexDef chosen : List.of(uniqueIndex("user_name_uq", "name"), constraint("uq_user_name", "name"),
                constraint("name_key", "name"), uniqueIndex("other_name_idx", "name"))) {
            TableDef current = live("user", USER_T.columns(), List.of("id")).withIndexes(List.of(chosen));
            assertThat(diff(List.of(USER_T), current).changes()).as(chosen.name()).isEmpty();
        }
        // a name PostgreSQL cut to 63 bytes is still recognised as generated
        String table = "t".repeat(40);
        String column = "c".repeat(40);
        assertThat(DiffRules.postgresGeneratedName(table, column, "t".repeat(29) + "_" + "c".repeat(29) + "_key", 63))
                .isTrue();
        assertThat(DiffRules.postgresGeneratedName(table, column, "t".repeat(10) + "_" + "c".repeat(10) + "_key", 63))
                .isFalse();
        assertThat(DiffRules.h2GeneratedName("CONSTRAINT_INDEX_4D")).isTrue();
        assertThat(DiffRules.h2GeneratedName("CONSTRAINT_NAME")).isFalse();
    }

    @Test
    void aUniqueIndexAlreadyNamedLikeTheConstraintSatisfiesTheColumn() {
        // what earlier versions created for a column made unique later
        TableDef current = live("user", USER_T.columns(), List.of("id"))
                .withIndexes(List.of(uniqueIndex("idx-user-name", "name")));
        assertThat(diff(List.of(USER_T), current).changes()).isEmpty();
    }

    @Test
    void neverAdoptsTheIndexOfAnotherDeclaredKeyNorThePrimaryKey() {
        TableDef want = USER_T.withIndexes(List.of(IndexDef.index("idx-user-login", List.of("name"), true)));
        TableDef current = live("user", USER_T.columns(), List.of("id"))
                .withIndexes(List.of(uniqueIndex("idx-user-login", "name")));
        assertThat(diff(List.of(want), current).changes()).isEmpty();
        TableDef keyedByName = table("t", List.of(col("name", "text").withUnique(true), col("id", "integer")),
                List.of("id"));
        TableDef legacy = live("t", keyedByName.columns(), List.of("name"));
        SchemaDiff d = diff(List.of(keyedByName), legacy);
        assertThat(d.changes()).isEmpty();
        assertThat(d.skipped()).containsExactly(
                new SkippedDifference.PrimaryKeyChanged(TableName.of("t"), List.of("name"), List.of("id")));
    }

    @Test
    void namesAreComparedAsTheDatabaseStoresThem() {
        DiffRules truncating = new DiffRules() {
            @Override
            public String normalizeType(String type) {
                return DiffRules.simple().normalizeType(type);
            }

            @Override
            public String identifier(String name) {
                return DiffRules.truncateUtf8(name, 10);
            }
        };
        // created, the constraint is found under its truncated name; adopted, it is renamed once
        assertThat(SchemaDiffer.diff(List.of(USER_T), LiveSchema.empty("public"), truncating).changes())
                .containsExactly(new CreateTable(USER_T));
        TableDef truncated = live("user", USER_T.columns(), List.of("id"))
                .withIndexes(List.of(constraint("idx-user-n", "name")));
        assertThat(SchemaDiffer.diff(List.of(USER_T), new LiveSchema("public", List.of(truncated)), truncating)
                .changes()).isEmpty();
        assertThat(DiffRules.truncateUtf8("idx-t-\u00e9\u00e9", 8)).isEqualTo("idx-t-\u00e9");
        assertThat(DiffRules.truncateUtf8("idx-t-\u00e9\u00e9", 9)).isEqualTo("idx-t-\u00e9");
        assertThat(DiffRules.truncateUtf8("idx-t-\u00e9\u00e9", 10)).isEqualTo("idx-t-\u00e9\u00e9");
        assertThat(DiffRules.truncateUtf8("idx-t-\ud83d\ude00", 9)).isEqualTo("idx-t-");
    }

    @Test
    void adoptionFirstDropsAPlainIndexHoldingTheName() {
        TableDef current = live("user", USER_T.columns(), List.of("id"))
                .withIndexes(List.of(index("idx-user-name", "name"), constraint("user_name_key", "name")));
        assertThat(diff(List.of(USER_T), current).changes()).containsExactly(
                new DropIndex(USER, index("idx-user-name", "name")),
                new RenameIndex(USER, constraint("user_name_key", "name"), "idx-user-name"));
    }

    @Test
    void uniqueKeyIsSatisfiedOnlyBySameColumnListInOrder() {
        TableDef want = table("item", List.of(id(), col("a", "integer"), col("b", "integer")), List.of("id"))
                .withIndexes(List.of(IndexDef.index("idx-item-pair", List.of("a", "b"), true)));
        TableDef reversed = live("item", want.columns(), List.of("id"))
                .withIndexes(List.of(uniqueIndex("idx-item-pair", "a", "b")));
        assertThat(diff(List.of(want), reversed).changes()).isEmpty();
        TableDef other = live("item", want.columns(), List.of("id"))
                .withIndexes(List.of(uniqueIndex("idx-item-pair", "b", "a")));
        assertThat(diff(List.of(want), other).changes()).containsExactly(
                new DropIndex(TableName.of("item"), uniqueIndex("idx-item-pair", "b", "a")),
                new CreateIndex(TableName.of("item"), IndexDef.index("idx-item-pair", List.of("a", "b"), true)));
    }

    @Test
    void dropsUndeclaredUniqueIndexesAndConstraintsButNothingElse() {
        TableDef want = table("user", List.of(id(), col("name", "text").withUnique(true), col("email", "text"),
                col("nick", "text")), List.of("id"));
        TableDef current = live("user", want.columns(), List.of("id")).withIndexes(List.of(
                constraint("idx-user-name", "name"), constraint("user_email_key", "email"),
                uniqueIndex("idx-user-nick", "nick"), index("idx-user-email", "email")));
        SchemaDiff d = diff(List.of(want), current);
        assertThat(d.changes()).containsExactly(
                new DropIndex(USER, constraint("user_email_key", "email")),
                new DropIndex(USER, uniqueIndex("idx-user-nick", "nick")));
    }

    @Test
    void indexedColumnIsSatisfiedByAnyIndexWithItsColumns() {
        TableDef want = table("post", List.of(id(), col("slug", "text")), List.of("id"))
                .withIndexes(List.of(IndexDef.index("idx-post-slug", List.of("slug"), false)));
        TableDef withUnique = live("post", want.columns(), List.of("id"))
                .withIndexes(List.of(index("fk_auto_index", "slug")));
        assertThat(diff(List.of(want), withUnique).changes()).isEmpty();
    }

    @Test
    void anIndexWhoseNameIsNeededIsDroppedFirst() {
        TableDef want = table("post", List.of(id(), col("slug", "text").withUnique(true)), List.of("id"));
        TableDef current = live("post", want.columns(), List.of("id"))
                .withIndexes(List.of(index("idx-post-slug", "slug")));
        assertThat(diff(List.of(want), current).changes()).containsExactly(
                new DropIndex(POST, index("idx-post-slug", "slug")),
                new CreateIndex(POST, constraint("idx-post-slug", "slug")));
    }

    @Test
    void primaryKeyIsNeverDropped() {
        TableDef want = table("t", List.of(col("a", "integer"), col("b", "integer")), List.of("a", "b"));
        TableDef current = live("t", want.columns(), List.of("a", "b"))
                .withIndexes(List.of(new IndexDef("pk-t", List.of("a", "b"), true,
                        dev.tideorm.schema.model.IndexKind.PRIMARY_KEY)));
        assertThat(diff(List.of(want), current).changes()).isEmpty();
    }

    @Test
    void foreignKeyExistsBySameNameOrSameColumnsAndTarget() {
        TableDef current = created(POST_T).withForeignKeys(List.of(liveFk("other_name", "user_id", "user", "id")));
        SchemaDiff d = diff(List.of(USER_T, POST_T), created(USER_T), current);
        assertThat(d.changes()).isEmpty();
        assertThat(d.skipped()).isEmpty();
    }

    @Test
    void missingForeignKeyOnExistingTableIsAdded() {
        SchemaDiff d = diff(List.of(USER_T, POST_T), created(USER_T),
                created(POST_T).withForeignKeys(List.of()));
        assertThat(d.changes()).containsExactly(new AddForeignKey(POST, fk("fk-post-user_id", "user_id", "user", "id")));
    }

    @Test
    void changedActionsReplaceTheForeignKey() {
        ForeignKeyDef cascade = new ForeignKeyDef("fk-post-user_id", List.of("user_id"), TableName.of("user"),
                List.of("id"), ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION);
        TableDef want = POST_T.withForeignKeys(List.of(cascade));
        ForeignKeyDef current = liveFk("fk-post-user_id", "user_id", "user", "id");
        SchemaDiff d = diff(List.of(USER_T, want), created(USER_T), created(POST_T));
        assertThat(d.changes()).containsExactly(new ReplaceForeignKey(POST, current, cascade));
    }

    @Test
    void sameNameOtherColumnsAndUndeclaredForeignKeysAreSkipped() {
        TableDef current = created(POST_T).withForeignKeys(List.of(liveFk("fk-post-user_id", "title", "user", "id"),
                liveFk("fk-extra", "id", "user", "id")));
        SchemaDiff d = diff(List.of(USER_T, POST_T), created(USER_T), current);
        assertThat(d.changes()).isEmpty();
        assertThat(d.skipped()).containsExactly(
                new SkippedDifference.ForeignKeyChanged(POST, liveFk("fk-post-user_id", "title", "user", "id"),
                        fk("fk-post-user_id", "user_id", "user", "id")),
                new SkippedDifference.ExtraForeignKey(POST, liveFk("fk-extra", "id", "user", "id")));
    }

    @Test
    void destructiveDifferencesAreSkippedWithBothDefinitions() {
        TableDef current = live("user", List.of(id(), col("name", "varchar(10)"), nullable("gone", "text")),
                List.of("id")).withIndexes(List.of(constraint("idx-user-name", "name")));
        TableDef want = table("user", List.of(id(), nullable("name", "text").withUnique(true)), List.of("id"));
        SchemaDiff d = diff(List.of(want), current, live("legacy", List.of(id()), List.of("id")));
        assertThat(d.changes()).isEmpty();
        assertThat(d.skipped()).containsExactly(
                new SkippedDifference.ColumnTypeChanged(USER, col("name", "varchar(10)"),
                        nullable("name", "text").withUnique(true)),
                new SkippedDifference.ColumnNullabilityChanged(USER, col("name", "varchar(10)"),
                        nullable("name", "text").withUnique(true)),
                new SkippedDifference.ExtraColumn(USER, nullable("gone", "text")),
                new SkippedDifference.ExtraTable(TableName.of("public", "legacy")));
        assertThat(d.skipped().get(0).toString()).isEqualTo("column user.name has type varchar(10), the entity "
                + "wants text (types are never changed); current: name varchar(10) NOT NULL; desired: name text NULL "
                + "UNIQUE");
    }

    @Test
    void typesCompareThroughTheRules() {
        TableDef current = live("user", List.of(id(), col("name", "CHARACTER VARYING(10)")), List.of("id"));
        TableDef want = table("user", List.of(id(), col("name", "varchar(10)")), List.of("id"));
        DiffRules rules = t -> t.toLowerCase().replace("character varying", "varchar");
        assertThat(SchemaDiffer.diff(List.of(want), new LiveSchema("public", List.of(current)), rules).skipped())
                .isEmpty();
    }

    @Test
    void explicitSchemaIsMatchedAsIs() {
        TableDef want = new TableDef(TableName.of("sys", "user"), List.of(id()), List.of("id"), List.of(), List.of());
        TableDef inPublic = live("user", List.of(id()), List.of("id"));
        SchemaDiff d = diff(List.of(want), inPublic);
        assertThat(d.changes()).containsExactly(new CreateTable(want));
        TableDef inSys = want.withName(TableName.of("sys", "user"));
        assertThat(diff(List.of(want), inSys).changes()).isEmpty();
    }

    @Test
    void aUniqueIndexOnTheDeclaredPrimaryKeyColumnsIsKept() {
        TableDef want = table("t", List.of(id(), col("name", "text")), List.of("id"));
        TableDef current = live("t", want.columns(), List.of()).withIndexes(List.of(uniqueIndex("t_id_uq", "id")));
        SchemaDiff d = diff(List.of(want), current);
        assertThat(d.changes()).isEmpty();
        assertThat(d.skipped()).containsExactly(
                new SkippedDifference.PrimaryKeyChanged(TableName.of("t"), List.of(), List.of("id")));
    }

    @Test
    void foreignKeysUsingADroppedIndexAreRecreatedAroundTheDrop() {
        ForeignKeyDef cascade = new ForeignKeyDef("fk-post-user_id", List.of("user_id"), TableName.of("user"),
                List.of("id"), ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION);
        TableDef want = POST_T.withIndexes(List.of()).withForeignKeys(List.of(cascade));
        ForeignKeyDef current = liveFk("FK_OLD", "user_id", "user", "id");
        ForeignKeyDef extra = liveFk("fk-extra", "user_id", "other", "id");
        IndexDef used = uniqueIndex("idx-post-user_id", "user_id").withForeignKeys(List.of("FK_OLD", "fk-extra"));
        TableDef live = created(POST_T).withIndexes(List.of(used)).withForeignKeys(List.of(current, extra));

        SchemaDiff d = diff(List.of(USER_T, want), created(USER_T), live);

        // re-created as declared (new name and action) or, undeclared, as it was; never replaced a second time
        assertThat(d.changes()).containsExactly(new DropIndex(POST, used, List.of(
                new ReplaceForeignKey(POST, current, cascade), new ReplaceForeignKey(POST, extra, extra))));
        assertThat(d.skipped()).containsExactly(new SkippedDifference.ExtraForeignKey(POST, extra));
    }

    @Test
    void aReferenceFromAnotherSchemaToTheCurrentSchemaIsQualified() {
        TableDef crate = new TableDef(TableName.of("sys", "crate"), List.of(id(), col("user_id", "integer")),
                List.of("id"), List.of(), List.of(fk("fk-crate-user_id", "user_id", "user", "id")));
        SchemaDiff d = diff(List.of(USER_T, crate), created(USER_T));
        assertThat(d.changes()).last().isEqualTo(new AddForeignKey(TableName.of("sys", "crate"),
                liveFk("fk-crate-user_id", "user_id", "user", "id")));
        assertThat(diff(List.of(USER_T, POST_T), created(USER_T)).changes()).last()
                .isEqualTo(new AddForeignKey(POST, fk("fk-post-user_id", "user_id", "user", "id")));
    }
}
