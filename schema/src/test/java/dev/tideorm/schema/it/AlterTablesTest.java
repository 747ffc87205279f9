package dev.tideorm.schema.it;

import static dev.tideorm.schema.it.Backends.either;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.error.SchemaException;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.schema.SchemaSync;
import dev.tideorm.schema.SyncReport;
import dev.tideorm.schema.diff.SkippedDifference;
import dev.tideorm.schema.model.TableName;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.List;

class AlterTablesTest {

    private static SyncReport sync(SyncDb db, EntityMeta<?>... entities) {
        return SchemaSync.builder(db.conn()).registerAll(List.of(entities)).sync().block();
    }

    @DbTest
    void addsNullableAndDefaultedColumnsAndExistingRowsGetTheDefault(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, dev.tideorm.schema.it.profile.v1.Profile_.ENTITY);
        db.sql("INSERT INTO \"profile\" (\"id\", \"name\") VALUES (1, 'ann')");

        SyncReport report = sync(db, dev.tideorm.schema.it.profile.v2.Profile_.ENTITY);

        assertThat(report.statements()).containsExactlyElementsOf(either(db, List.of(
                "ALTER TABLE \"profile\" ADD COLUMN \"date_of_birth\" date",
                "ALTER TABLE \"profile\" ADD COLUMN \"post_count\" integer DEFAULT 0 NOT NULL",
                "ALTER TABLE \"profile\" ADD COLUMN \"status\" text DEFAULT 'it''s new' NOT NULL"), List.of(
                "ALTER TABLE \"profile\" ADD COLUMN \"date_of_birth\" DATE",
                "ALTER TABLE \"profile\" ADD COLUMN \"post_count\" INTEGER DEFAULT 0 NOT NULL",
                "ALTER TABLE \"profile\" ADD COLUMN \"status\" CHARACTER VARYING DEFAULT 'it''s new' NOT NULL")));
        assertThat(db.columns("profile")).containsExactly("id integer NOT NULL",
                either(db, "name text NOT NULL", "name character varying NOT NULL"), "date_of_birth date NULL",
                "post_count integer NOT NULL",
                either(db, "status text NOT NULL", "status character varying NOT NULL"));
        assertThat(db.rows("SELECT \"name\", \"date_of_birth\", \"post_count\", \"status\" FROM \"profile\""))
                .containsExactly(java.util.Arrays.asList("ann", null, "0", "it's new"));
        assertThat(sync(db, dev.tideorm.schema.it.profile.v2.Profile_.ENTITY).statements()).isEmpty();
    }

    @DbTest
    void refusesNotNullWithoutDefaultOnANonEmptyTableBeforeAnyChange(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, dev.tideorm.schema.it.profile.v1.Profile_.ENTITY);
        db.sql("INSERT INTO \"profile\" (\"id\", \"name\") VALUES (1, 'ann')");
        String before = db.snapshot("profile");
        db.drainStatements();

        var v3 = SchemaSync.builder(db.conn()).register(dev.tideorm.schema.it.profile.v3.Profile_.ENTITY);

        assertThatThrownBy(() -> v3.sync().block())
                .isInstanceOf(SchemaException.class)
                .hasMessage("schema sync refused, nothing was changed: cannot add NOT NULL column(s) [nick]"
                        + " without a default to table profile, which has rows. Make the column nullable or give"
                        + " it a default (@Column(defaultValue = …) or defaultExpr).");
        assertThatThrownBy(() -> v3.plan().block()).isInstanceOf(SchemaException.class);
        assertThat(db.drainStatements()).allMatch(sql -> sql.startsWith("SELECT"));
        assertThat(db.snapshot("profile")).isEqualTo(before);
        assertThat(db.columns("profile")).hasSize(2);
    }

    @DbTest
    void allowsNotNullWithoutDefaultOnAnEmptyTable(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, dev.tideorm.schema.it.profile.v1.Profile_.ENTITY);

        SyncReport report = sync(db, dev.tideorm.schema.it.profile.v3.Profile_.ENTITY);

        assertThat(report.statements()).containsExactlyElementsOf(either(db, List.of(
                "ALTER TABLE \"profile\" ADD COLUMN \"bio\" text",
                "ALTER TABLE \"profile\" ADD COLUMN \"nick\" text NOT NULL"), List.of(
                "ALTER TABLE \"profile\" ADD COLUMN \"bio\" CHARACTER VARYING",
                "ALTER TABLE \"profile\" ADD COLUMN \"nick\" CHARACTER VARYING NOT NULL")));
        assertThat(db.columns("profile")).endsWith(either(db, "nick text NOT NULL",
                "nick character varying NOT NULL"));
    }

    @DbTest
    void renamedFromRenamesTheColumnAndKeepsDataAndUniqueness(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, dev.tideorm.schema.it.rename.v1.Account_.ENTITY);
        db.sql("INSERT INTO \"account\" (\"id\", \"date_of_birth\") VALUES (7, '1990-01-02')");
        List<String> constraints = db.constraints("account");

        SyncReport report = sync(db, dev.tideorm.schema.it.rename.v2.Account_.ENTITY);

        // the unique constraint follows the column and is renamed after it
        assertThat(report.statements()).containsExactly(
                "ALTER TABLE \"account\" RENAME COLUMN \"date_of_birth\" TO \"dob\"",
                "ALTER TABLE \"account\" RENAME CONSTRAINT \"idx-account-date_of_birth\" TO \"idx-account-dob\"");
        assertThat(report.skipped()).isEmpty();
        assertThat(db.rows("SELECT \"id\", \"dob\" FROM \"account\"")).containsExactly(List.of("7", "1990-01-02"));
        assertThat(constraints).contains("UNIQUE idx-account-date_of_birth");
        assertThat(db.constraints("account")).isEqualTo(constraints.stream()
                .map(c -> c.replace("idx-account-date_of_birth", "idx-account-dob")).toList());
        assertThatThrownBy(() -> db.sql("INSERT INTO \"account\" (\"id\", \"dob\") VALUES (8, '1990-01-02')"))
                .hasMessageContaining("idx-account-dob");
        assertThat(sync(db, dev.tideorm.schema.it.rename.v2.Account_.ENTITY).statements()).isEmpty();
    }

    @DbTest
    void renamedFromAMissingColumnIsReportedAndTheColumnAdded(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, dev.tideorm.schema.it.rename.v2.Account_.ENTITY);

        SyncReport report = sync(db, dev.tideorm.schema.it.rename.v3.Account_.ENTITY);

        assertThat(report.statements()).containsExactly(either(db,
                "ALTER TABLE \"account\" ADD COLUMN \"nickname\" text",
                "ALTER TABLE \"account\" ADD COLUMN \"nickname\" CHARACTER VARYING"));
        assertThat(report.skipped()).containsExactly(
                new SkippedDifference.RenameSourceMissing(TableName.of("account"), "nick_name", "nickname"));
        assertThat(report.skipped().get(0)).hasToString("column account.nickname is renamed from nick_name, but"
                + " account.nick_name does not exist; nickname is added as a new column instead");
    }

    @DbTest
    void defaultValueIsALiteralNeverSql(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);

        SyncReport report = sync(db, dev.tideorm.schema.it.defaults.Note_.ENTITY);

        assertThat(report.statements()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("DEFAULT '''a'' || ''b''' NOT NULL", "DEFAULT -2 NOT NULL", "DEFAULT TRUE NOT NULL");
        db.sql("INSERT INTO \"note\" (\"id\") VALUES (1)");
        assertThat(db.rows("SELECT \"body\", \"score\", \"open\" FROM \"note\""))
                .containsExactly(List.of("'a' || 'b'", "-2", "true"));
        assertThat(sync(db, dev.tideorm.schema.it.defaults.Note_.ENTITY).statements()).isEmpty();
    }
}
