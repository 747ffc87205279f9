package dev.tideorm.schema.it;

import static dev.tideorm.schema.it.Backends.either;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.schema.SchemaSync;
import dev.tideorm.schema.SyncReport;
import dev.tideorm.schema.diff.SkippedDifference;
import dev.tideorm.schema.it.fk.v1.Author_;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.List;

class KeysTest {

    private static SyncReport sync(SyncDb db, EntityMeta<?>... entities) {
        return SchemaSync.builder(db.conn()).registerAll(List.of(entities)).sync().block();
    }

    @DbTest
    void addsAForeignKeyToAnExistingTable(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, Author_.ENTITY, dev.tideorm.schema.it.fk.v1.Book_.ENTITY);
        assertThat(db.foreignKeys("book")).isEmpty();

        SyncReport report = sync(db, Author_.ENTITY, dev.tideorm.schema.it.fk.v2.Book_.ENTITY);

        // The new belongs-to also gets an index on its column (PostgreSQL does not index foreign keys).
        assertThat(report.statements()).containsExactly(
                "CREATE INDEX \"idx-book-author_id\" ON \"book\" (\"author_id\")",
                "ALTER TABLE \"book\" ADD CONSTRAINT \"fk-book-author_id\""
                        + " FOREIGN KEY (\"author_id\") REFERENCES \"author\" (\"id\")");
        assertThat(db.foreignKeys("book")).containsExactly("fk-book-author_id NO ACTION NO ACTION");
        assertThat(sync(db, Author_.ENTITY, dev.tideorm.schema.it.fk.v2.Book_.ENTITY).statements()).isEmpty();
    }

    @DbTest
    void everyForeignKeyGetsAnIndexOnceUnlessAKeyOrIndexAlreadyLeadsWithIt(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        var builder = dev.tideorm.schema.SchemaSync.registry(db.conn(), "dev.tideorm.schema.it.blog");
        var plan = builder.plan().block();
        assertThat(plan.statements()).contains(
                "CREATE INDEX \"idx-post-user_id\" ON \"post\" (\"user_id\")",
                "CREATE INDEX \"idx-post_tag-tag_id\" ON \"post_tag\" (\"tag_id\")");
        // post_tag.post_id leads the composite primary key: no index of its own
        assertThat(plan.statements()).noneMatch(s -> s.contains("idx-post_tag-post_id"));

        builder.sync().block();

        assertThat(db.indexes("post")).contains("idx-post-user_id");
        assertThat(db.indexes("post_tag")).contains("idx-post_tag-tag_id");
        assertThat(builder.sync().block().statements()).isEmpty();
    }

    @DbTest
    void changedOnDeleteRecreatesTheForeignKey(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, Author_.ENTITY, dev.tideorm.schema.it.fk.v2.Book_.ENTITY);

        SyncReport report = sync(db, Author_.ENTITY, dev.tideorm.schema.it.fk.v3.Book_.ENTITY);

        assertThat(report.statements()).containsExactly(
                "ALTER TABLE \"book\" DROP CONSTRAINT \"fk-book-author_id\"",
                "ALTER TABLE \"book\" ADD CONSTRAINT \"fk-book-author_id\" FOREIGN KEY (\"author_id\")"
                        + " REFERENCES \"author\" (\"id\") ON DELETE CASCADE");
        assertThat(db.foreignKeys("book")).containsExactly("fk-book-author_id CASCADE NO ACTION");
        assertThat(sync(db, Author_.ENTITY, dev.tideorm.schema.it.fk.v3.Book_.ENTITY).statements()).isEmpty();
    }

    @DbTest
    void renamingAForeignKeyColumnKeepsTheForeignKey(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, Author_.ENTITY, dev.tideorm.schema.it.fk.v2.Book_.ENTITY);

        SyncReport report = sync(db, Author_.ENTITY, dev.tideorm.schema.it.fk.v4.Book_.ENTITY);

        // the existing key has the same columns and target under its old name, so it counts as present
        assertThat(report.statements())
                .containsExactly("ALTER TABLE \"book\" RENAME COLUMN \"author_id\" TO \"writer_id\"");
        assertThat(db.foreignKeys("book")).containsExactly("fk-book-author_id NO ACTION NO ACTION");
        SyncReport second = sync(db, Author_.ENTITY, dev.tideorm.schema.it.fk.v4.Book_.ENTITY);
        assertThat(second.statements()).isEmpty();
        assertThat(second.skipped()).isEmpty();
    }

    @DbTest
    void addsANamedUniqueConstraintAndAMultiColumnUniqueIndex(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, dev.tideorm.schema.it.uniq.v1.Member_.ENTITY);

        SyncReport report = sync(db, dev.tideorm.schema.it.uniq.v2.Member_.ENTITY);

        assertThat(report.statements()).containsExactly(
                "ALTER TABLE \"member\" ADD CONSTRAINT \"idx-member-name\" UNIQUE (\"name\")",
                "CREATE UNIQUE INDEX \"idx-member-team_seat\" ON \"member\" (\"team\", \"seat\")");
        assertThat(db.constraints("member")).filteredOn(c -> c.startsWith("UNIQUE"))
                .containsExactly("UNIQUE idx-member-name");
        assertThat(db.indexes("member")).contains("idx-member-team_seat");
        assertThat(sync(db, dev.tideorm.schema.it.uniq.v2.Member_.ENTITY).statements()).isEmpty();
    }

    @DbTest
    void dropsUniqueConstraintsAndIndexesNoLongerDeclared(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, dev.tideorm.schema.it.uniq.v1.Member_.ENTITY);
        sync(db, dev.tideorm.schema.it.uniq.v2.Member_.ENTITY);

        SyncReport report = sync(db, dev.tideorm.schema.it.uniq.v1.Member_.ENTITY);

        assertThat(report.statements()).containsExactly("ALTER TABLE \"member\" DROP CONSTRAINT \"idx-member-name\"",
                "DROP INDEX \"idx-member-team_seat\"");
        assertThat(db.constraints("member")).noneMatch(c -> c.startsWith("UNIQUE"));
        assertThat(db.indexes("member")).doesNotContain("idx-member-name", "idx-member-team_seat").hasSize(1);
        assertThat(sync(db, dev.tideorm.schema.it.uniq.v1.Member_.ENTITY).statements()).isEmpty();
    }

    @DbTest
    void aUniqueIndexOfAnEarlierVersionSatisfiesTheColumnAndIsDroppedWithDropIndex(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, dev.tideorm.schema.it.uniq.v1.Member_.ENTITY);
        // what earlier versions created for a column made unique on an existing table
        db.sql("CREATE UNIQUE INDEX \"idx-member-name\" ON \"member\" (\"name\")");

        assertThat(sync(db, dev.tideorm.schema.it.uniq.v2.Member_.ENTITY).statements()).containsExactly(
                "CREATE UNIQUE INDEX \"idx-member-team_seat\" ON \"member\" (\"team\", \"seat\")");
        assertThat(sync(db, dev.tideorm.schema.it.uniq.v2.Member_.ENTITY).statements()).isEmpty();

        SyncReport report = sync(db, dev.tideorm.schema.it.uniq.v1.Member_.ENTITY);

        assertThat(report.statements()).containsExactly("DROP INDEX \"idx-member-name\"",
                "DROP INDEX \"idx-member-team_seat\"");
        assertThat(db.indexes("member")).doesNotContain("idx-member-name", "idx-member-team_seat").hasSize(1);
    }

    @DbTest
    void dropsAUniqueConstraintNoLongerDeclaredWithDropConstraint(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, dev.tideorm.schema.it.uniq.v3.Member_.ENTITY);
        assertThat(db.constraints("member")).filteredOn(c -> c.startsWith("UNIQUE "))
                .containsExactly("UNIQUE idx-member-email");
        assertThat(sync(db, dev.tideorm.schema.it.uniq.v3.Member_.ENTITY).statements()).isEmpty();

        SyncReport report = sync(db, dev.tideorm.schema.it.uniq.v1.Member_.ENTITY);

        assertThat(report.statements()).containsExactly("ALTER TABLE \"member\" DROP CONSTRAINT \"idx-member-email\"");
        assertThat(db.constraints("member")).noneMatch(c -> c.startsWith("UNIQUE"));
        assertThat(db.indexes("member")).hasSize(1);
    }

    @DbTest
    void dropsAUniqueIndexInANonDefaultSchemaQualified(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        db.sql("DROP SCHEMA IF EXISTS \"tide_sync_other\" CASCADE");
        db.sql("CREATE SCHEMA \"tide_sync_other\"");
        try {
            db.sql("CREATE TABLE \"tide_sync_other\".\"shelf\" (\"id\" INTEGER NOT NULL PRIMARY KEY,"
                    + " \"label\" VARCHAR(20) NOT NULL, \"code\" INTEGER)");
            db.sql("CREATE UNIQUE INDEX \"idx-shelf-label\" ON \"tide_sync_other\".\"shelf\" (\"label\")");
            db.sql("CREATE UNIQUE INDEX \"idx-shelf-code\" ON \"tide_sync_other\".\"shelf\" (\"code\")");

            SyncReport report = sync(db, dev.tideorm.schema.it.otherschema.Shelf_.ENTITY);

            assertThat(report.statements()).containsExactly("DROP INDEX \"tide_sync_other\".\"idx-shelf-code\"");
        } finally {
            db.sql("DROP SCHEMA \"tide_sync_other\" CASCADE");
        }
    }

    @DbTest
    void uniqueForeignKeyColumnLosesItsUniquenessAndTheNextSyncIsEmpty(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        var owner = dev.tideorm.schema.it.shapes.Owner_.ENTITY;
        sync(db, owner, dev.tideorm.schema.it.shapes.SeatMap_.ENTITY);

        SyncReport report = sync(db, owner, dev.tideorm.schema.it.shapes.v2.SeatMap_.ENTITY);

        // H2 made the foreign key use the unique constraint's index: the key is dropped around the drop and re-added
        String dropFk = "ALTER TABLE \"Seat\"\"Map\" DROP CONSTRAINT \"fk-Seat\"\"Map-owner_id\"";
        String addFk = "ALTER TABLE \"Seat\"\"Map\" ADD CONSTRAINT \"fk-Seat\"\"Map-owner_id\" FOREIGN KEY"
                + " (\"owner_id\") REFERENCES \"Owner\" (\"id\")";
        String dropCode = "ALTER TABLE \"Seat\"\"Map\" DROP CONSTRAINT \"idx-Seat\"\"Map-code\"";
        String dropOwner = "ALTER TABLE \"Seat\"\"Map\" DROP CONSTRAINT \"idx-Seat\"\"Map-owner_id\"";
        // No longer unique, the foreign key column gets its own index.
        String indexCode = "CREATE INDEX \"idx-Seat\"\"Map-code\" ON \"Seat\"\"Map\" (\"code\")";
        String indexOwner = "CREATE INDEX \"idx-Seat\"\"Map-owner_id\" ON \"Seat\"\"Map\" (\"owner_id\")";
        assertThat(report.statements()).containsExactlyElementsOf(either(db,
                List.of(dropCode, dropOwner, indexCode, indexOwner),
                List.of(dropCode, dropFk, dropOwner, addFk, indexCode, indexOwner)));
        assertThat(report.skipped()).isEmpty();
        assertThat(db.foreignKeys("Seat\"Map")).containsExactly("fk-Seat\"Map-owner_id NO ACTION NO ACTION");
        assertThat(db.constraints("Seat\"Map")).noneMatch(c -> c.startsWith("UNIQUE"));
        db.sql("INSERT INTO \"Owner\" (\"id\", \"Full \"\"Name\"\"\") VALUES (1, 'o')");
        String row = " (\"row\", \"col\", \"owner_id\", \"code\", \"Label\", \"color\", \"amount\","
                + " \"short_text\") VALUES ";
        db.sql("INSERT INTO \"Seat\"\"Map\"" + row + "(1, 1, 1, 'c', 'a', 'RED', 1.5, 's')");
        db.sql("INSERT INTO \"Seat\"\"Map\"" + row + "(1, 2, 1, 'c', 'b', 'RED', 1.5, 's')");
        assertThat(db.column("SELECT COUNT(*) FROM \"Seat\"\"Map\" WHERE \"owner_id\" = 1")).containsExactly("2");
        SyncReport second = sync(db, owner, dev.tideorm.schema.it.shapes.v2.SeatMap_.ENTITY);
        assertThat(second.statements()).isEmpty();
        assertThat(second.skipped()).isEmpty();
    }

    @DbTest
    void indexedForeignKeyColumnBecomingUniqueGetsItsUniqueIndex(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, Author_.ENTITY, dev.tideorm.schema.it.fkidx.v1.Book_.ENTITY);
        assertThat(db.indexes("book")).contains("idx-book-author_id");

        SyncReport report = sync(db, Author_.ENTITY, dev.tideorm.schema.it.fkidx.v2.Book_.ENTITY);

        // H2 made the foreign key use the plain index: the key is dropped around the drop and re-added
        assertThat(report.statements()).containsExactlyElementsOf(either(db, List.of(
                "DROP INDEX \"idx-book-author_id\"",
                "ALTER TABLE \"book\" ADD CONSTRAINT \"idx-book-author_id\" UNIQUE (\"author_id\")"), List.of(
                "ALTER TABLE \"book\" DROP CONSTRAINT \"fk-book-author_id\"",
                "DROP INDEX IF EXISTS \"idx-book-author_id\"",
                "ALTER TABLE \"book\" ADD CONSTRAINT \"fk-book-author_id\" FOREIGN KEY (\"author_id\")"
                        + " REFERENCES \"author\" (\"id\")",
                "ALTER TABLE \"book\" ADD CONSTRAINT \"idx-book-author_id\" UNIQUE (\"author_id\")")));
        assertThat(db.foreignKeys("book")).containsExactly("fk-book-author_id NO ACTION NO ACTION");
        db.sql("INSERT INTO \"author\" (\"id\", \"name\") VALUES (1, 'a')");
        db.sql("INSERT INTO \"book\" (\"id\", \"author_id\") VALUES (1, 1)");
        assertThatThrownBy(() -> db.sql("INSERT INTO \"book\" (\"id\", \"author_id\") VALUES (2, 1)"))
                .hasMessageContaining("idx-book-author_id");
        SyncReport second = sync(db, Author_.ENTITY, dev.tideorm.schema.it.fkidx.v2.Book_.ENTITY);
        assertThat(second.statements()).isEmpty();
        assertThat(second.skipped()).isEmpty();
    }

    @DbTest
    void uniqueIndexOnThePrimaryKeyColumnsIsNeverDropped(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        // a legacy table whose key is a unique index, not a PRIMARY KEY constraint
        db.sql("CREATE TABLE \"author\" (\"id\" INTEGER NOT NULL, \"name\" VARCHAR(10) NOT NULL)");
        db.sql("CREATE UNIQUE INDEX \"author_id_uq\" ON \"author\" (\"id\")");

        SyncReport report = sync(db, Author_.ENTITY);

        assertThat(report.statements()).isEmpty();
        assertThat(report.skipped()).anyMatch(s -> s instanceof SkippedDifference.PrimaryKeyChanged);
        assertThat(db.indexes("author")).contains("author_id_uq");
    }
}
