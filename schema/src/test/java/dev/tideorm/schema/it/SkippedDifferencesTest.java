package dev.tideorm.schema.it;

import static dev.tideorm.schema.it.Backends.either;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.schema.SchemaSync;
import dev.tideorm.schema.SyncReport;
import dev.tideorm.schema.diff.SkippedDifference;
import dev.tideorm.schema.model.ColumnDef;
import dev.tideorm.schema.model.TableName;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;

class SkippedDifferencesTest {

    @DbTest
    void extraColumnExtraTableChangedTypeAndNullabilityAreReportedNotApplied(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        SchemaSync.builder(db.conn()).register(dev.tideorm.schema.it.destructive.v1.Gadget_.ENTITY).sync().block();
        db.sql("CREATE TABLE \"legacy\" (\"id\" INTEGER NOT NULL PRIMARY KEY)");
        db.sql("INSERT INTO \"gadget\" (\"id\", \"name\", \"extra\") VALUES (1, 'a', 'keep me')");
        String before = db.snapshot("gadget", "legacy");

        SyncReport report = SchemaSync.builder(db.conn())
                .register(dev.tideorm.schema.it.destructive.v2.Gadget_.ENTITY).sync().block();

        assertThat(report.statements()).isEmpty();
        TableName gadget = TableName.of("gadget");
        String varchar10 = either(db, "character varying(10)", "CHARACTER VARYING(10)");
        String text = either(db, "text", "CHARACTER VARYING");
        String integer = either(db, "integer", "INTEGER");
        String schema = either(db, db.column("SELECT CURRENT_SCHEMA").get(0), "PUBLIC");
        assertThat(report.skipped()).containsExactly(
                new SkippedDifference.ColumnTypeChanged(gadget, ColumnDef.of("name", varchar10, false),
                        ColumnDef.of("name", text, false)),
                new SkippedDifference.ColumnNullabilityChanged(gadget, ColumnDef.of("size", integer, true),
                        ColumnDef.of("size", integer, false)),
                new SkippedDifference.ExtraColumn(gadget, ColumnDef.of("extra", text, true)),
                new SkippedDifference.ExtraTable(TableName.of(schema, "legacy")));
        assertThat(report.skipped().get(0)).hasToString("column gadget.name has type " + varchar10
                + ", the entity wants " + text + " (types are never changed); current: name " + varchar10
                + " NOT NULL; desired: name " + text + " NOT NULL");
        assertThat(db.snapshot("gadget", "legacy")).isEqualTo(before);
        assertThat(db.rows("SELECT \"extra\" FROM \"gadget\"")).containsExactly(java.util.List.of("keep me"));
    }
}
