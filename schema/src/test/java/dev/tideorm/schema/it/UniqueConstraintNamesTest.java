package dev.tideorm.schema.it;

import static dev.tideorm.schema.it.Backends.either;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.schema.SchemaSync;
import dev.tideorm.schema.SyncReport;
import dev.tideorm.schema.diff.SchemaChange;
import dev.tideorm.schema.it.shapes.Color;
import dev.tideorm.schema.it.shapes.OwnerActiveModel;
import dev.tideorm.schema.it.shapes.Owner_;
import dev.tideorm.schema.it.shapes.SeatMapActiveModel;
import dev.tideorm.schema.it.shapes.SeatMap_;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * A unique column's constraint is {@code idx-<table>-<column>} on both backends, however the column became
 * unique, so that a violation names it; sync adopts an existing unique constraint or index of the column under
 * another name (the database's default name, for example) by renaming it, never by dropping it.
 */
class UniqueConstraintNamesTest {
    private static final EntityMeta<?> V1 = dev.tideorm.schema.it.uniq.v1.Member_.ENTITY;
    private static final EntityMeta<?> V3 = dev.tideorm.schema.it.uniq.v3.Member_.ENTITY;
    private static final EntityMeta<?> V4 = dev.tideorm.schema.it.uniq.v4.Member_.ENTITY;
    /** The named unique constraint of a unique column in CREATE TABLE. */
    private static final Pattern NAMED_UNIQUE = Pattern.compile("CONSTRAINT \"idx-(?:[^\"]|\"\")*\" UNIQUE");

    private static SyncReport sync(SyncDb db, EntityMeta<?>... entities) {
        return SchemaSync.builder(db.conn()).registerAll(List.of(entities)).sync().block();
    }

    /**
     * Creates the tables as earlier versions did, with unnamed unique constraints, so that the database names them:
     * PostgreSQL {@code <table>_<column>_key}, H2 {@code CONSTRAINT_<n>}.
     */
    private static void createAsEarlierVersions(SyncDb db, EntityMeta<?>... entities) {
        List<String> sql = SchemaSync.builder(db.conn()).registerAll(List.of(entities)).plan().block().statements();
        sql.forEach(s -> db.sql(NAMED_UNIQUE.matcher(s).replaceAll("UNIQUE")));
    }

    /** The name of the unique constraint over exactly {@code column}. */
    private static String uniqueConstraintOf(SyncDb db, String table, String column) {
        List<String> names = db.column("SELECT tc.constraint_name FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema"
                + " AND k.constraint_name = tc.constraint_name WHERE tc.table_schema = CURRENT_SCHEMA"
                + " AND tc.table_name = '" + table.replace("'", "''") + "' AND tc.constraint_type = 'UNIQUE'"
                + " AND k.column_name = '" + column + "'");
        assertThat(names).hasSize(1);
        return names.get(0);
    }

    private static String uniqueNames(SyncDb db, String table) {
        return db.constraints(table).stream().filter(c -> c.startsWith("UNIQUE ")).toList().toString();
    }

    private static void assertViolates(Mono<?> insert, String table, String constraint) {
        StepVerifier.create(insert).verifyErrorSatisfies(e -> {
            assertThat(e).isInstanceOf(UniqueViolationException.class);
            assertThat(((UniqueViolationException) e).constraint()).isEqualTo(constraint);
            assertThat(((UniqueViolationException) e).table()).isEqualTo(table);
        });
    }

    private static Mono<?> member(SyncDb db, String name, String email) {
        return dev.tideorm.schema.it.uniq.v3.MemberActiveModel.builder().setName(name).setEmail(email)
                .setTeam("t").setSeat(1).insert(db.conn());
    }

    private static Mono<?> seat(SyncDb db, int col, int owner, String code) {
        return SeatMapActiveModel.builder().setRow(1).setCol(col).setOwnerId(owner).setCode(code)
                .setLabel("l" + col).setColor(Color.RED).setAmount(BigDecimal.ONE).setShortText("s")
                .insert(db.conn());
    }

    @DbTest
    void aCreatedTableNamesTheConstraintAndAViolationReportsIt(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);

        SyncReport report = sync(db, V3);

        assertThat(report.statements()).singleElement().asString()
                .endsWith(", CONSTRAINT \"idx-member-email\" UNIQUE (\"email\"))");
        assertThat(uniqueNames(db, "member")).isEqualTo("[UNIQUE idx-member-email]");
        member(db, "a", "a@x").block();
        assertViolates(member(db, "b", "a@x"), "member", "idx-member-email");
    }

    @DbTest
    void anAddedUniqueColumnGetsItsNamedConstraintAfterAddColumn(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, V1);

        SyncReport report = sync(db, V4);

        assertThat(report.statements()).containsExactly(
                either(db, "ALTER TABLE \"member\" ADD COLUMN \"badge\" text",
                        "ALTER TABLE \"member\" ADD COLUMN \"badge\" CHARACTER VARYING"),
                "ALTER TABLE \"member\" ADD CONSTRAINT \"idx-member-badge\" UNIQUE (\"badge\")");
        assertThat(sync(db, V4).statements()).isEmpty();
        dev.tideorm.schema.it.uniq.v4.MemberActiveModel.builder().setName("a").setEmail("a").setTeam("t").setSeat(1)
                .setBadge("b1").insert(db.conn()).block();
        assertViolates(dev.tideorm.schema.it.uniq.v4.MemberActiveModel.builder().setName("b").setEmail("b")
                .setTeam("t").setSeat(2).setBadge("b1").insert(db.conn()), "member", "idx-member-badge");
    }

    @DbTest
    void anExistingColumnMadeUniqueGetsItsNamedConstraint(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, V1);

        SyncReport report = sync(db, V3);

        assertThat(report.statements())
                .containsExactly("ALTER TABLE \"member\" ADD CONSTRAINT \"idx-member-email\" UNIQUE (\"email\")");
        assertThat(sync(db, V3).statements()).isEmpty();
        member(db, "a", "a@x").block();
        assertViolates(member(db, "b", "a@x"), "member", "idx-member-email");
    }

    @DbTest
    void adoptsTheDefaultNameOfAnUnnamedUniqueConstraintByRenamingIt(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        createAsEarlierVersions(db, V3);
        String old = uniqueConstraintOf(db, "member", "email");
        assertThat(old).startsWith(either(db, "member_email_key", "CONSTRAINT_"));
        member(db, "a", "a@x").block();

        SyncReport report = sync(db, V3);

        assertThat(report.changes()).singleElement().isInstanceOf(SchemaChange.RenameIndex.class)
                .hasToString("rename unique constraint " + old + " (email) on member to idx-member-email");
        assertThat(report.statements())
                .containsExactly("ALTER TABLE \"member\" RENAME CONSTRAINT \"" + old + "\" TO \"idx-member-email\"");
        assertThat(uniqueNames(db, "member")).isEqualTo("[UNIQUE idx-member-email]");
        assertThat(db.column("SELECT \"email\" FROM \"member\"")).containsExactly("a@x");
        SyncReport second = sync(db, V3);
        assertThat(second.statements()).isEmpty();
        assertThat(second.skipped()).isEmpty();
        assertViolates(member(db, "b", "a@x"), "member", "idx-member-email");
    }

    @DbTest
    void adoptsAnUnnamedUniqueIndexWithAlterIndexAndKeepsAChosenName(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        sync(db, V1);
        db.sql("CREATE UNIQUE INDEX ON \"member\" (\"email\")");
        String generated = db.indexes("member").stream().filter(i -> !i.startsWith("idx-") && !i.contains("PRIMARY")
                && !i.endsWith("_pkey") && !i.startsWith("CONSTRAINT")).findFirst().orElseThrow();

        SyncReport report = sync(db, V3);

        assertThat(report.statements()).hasSize(1).first().asString()
                .startsWith("ALTER INDEX ").endsWith("\"" + generated + "\" RENAME TO \"idx-member-email\"");
        assertThat(db.indexes("member")).contains("idx-member-email").doesNotContain(generated);
        assertThat(sync(db, V3).statements()).isEmpty();
        member(db, "a", "a@x").block();
        assertViolates(member(db, "b", "a@x"), "member", "idx-member-email");

        // a unique index under a name somebody chose is theirs: it covers the column, and sync leaves it be
        SyncDb other = SyncDb.fresh(testDb);
        sync(other, V1);
        other.sql("CREATE UNIQUE INDEX \"member_email_uq\" ON \"member\" (\"email\")");
        assertThat(sync(other, V3).statements()).isEmpty();
        assertThat(other.indexes("member")).contains("member_email_uq").doesNotContain("idx-member-email");
        member(other, "a", "a@x").block();
        assertViolates(member(other, "b", "a@x"), "member", "member_email_uq");
    }

    @DbTest
    void adoptionKeepsTheForeignKeyThatUsesTheConstraintsIndex(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        String table = "Seat\"Map";
        createAsEarlierVersions(db, Owner_.ENTITY, SeatMap_.ENTITY);
        String owner = uniqueConstraintOf(db, table, "owner_id");
        String code = uniqueConstraintOf(db, table, "code");
        if (!db.isPostgres()) {
            // H2 made the foreign key use the unique constraint's index
            assertThat(db.column("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                    + " WHERE CONSTRAINT_NAME IN ('" + owner + "', 'fk-Seat\"Map-owner_id')")).hasSize(2)
                    .containsOnly(db.column("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                            + " WHERE CONSTRAINT_NAME = '" + owner + "'").get(0));
        }

        SyncReport report = sync(db, Owner_.ENTITY, SeatMap_.ENTITY);

        assertThat(report.statements()).containsExactly(
                "ALTER TABLE \"Seat\"\"Map\" RENAME CONSTRAINT \"" + owner.replace("\"", "\"\"")
                        + "\" TO \"idx-Seat\"\"Map-owner_id\"",
                "ALTER TABLE \"Seat\"\"Map\" RENAME CONSTRAINT \"" + code.replace("\"", "\"\"")
                        + "\" TO \"idx-Seat\"\"Map-code\"");
        assertThat(report.skipped()).isEmpty();
        assertThat(uniqueNames(db, table)).isEqualTo("[UNIQUE idx-Seat\"Map-code, UNIQUE idx-Seat\"Map-owner_id]");
        assertThat(db.foreignKeys(table)).containsExactly("fk-Seat\"Map-owner_id NO ACTION NO ACTION");
        assertThat(sync(db, Owner_.ENTITY, SeatMap_.ENTITY).statements()).isEmpty();
        int id = OwnerActiveModel.builder().setFullName("o").insert(db.conn()).block().id();
        seat(db, 1, id, "c1").block();
        assertViolates(seat(db, 2, id, "c2"), table, "idx-Seat\"Map-owner_id");
        assertViolates(seat(db, 2, id + 1, "c1"), table, "idx-Seat\"Map-code");

        // the renamed constraints are still dropped properly when the columns stop being unique (on H2 around the
        // foreign key that still uses the owner_id constraint's index)
        SyncReport v2 = sync(db, Owner_.ENTITY, dev.tideorm.schema.it.shapes.v2.SeatMap_.ENTITY);

        assertThat(v2.statements()).contains(
                "ALTER TABLE \"Seat\"\"Map\" DROP CONSTRAINT \"idx-Seat\"\"Map-owner_id\"",
                "ALTER TABLE \"Seat\"\"Map\" DROP CONSTRAINT \"idx-Seat\"\"Map-code\"");
        assertThat(v2.statements()).hasSize(either(db, 4, 6));
        assertThat(db.foreignKeys(table)).containsExactly("fk-Seat\"Map-owner_id NO ACTION NO ACTION");
        seat(db, 2, id, "c1").block();
        assertThat(sync(db, Owner_.ENTITY, dev.tideorm.schema.it.shapes.v2.SeatMap_.ENTITY).statements()).isEmpty();
    }

    @DbTest
    void aNameLongerThanPostgresAllowsIsFoundUnderItsTruncatedForm(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        EntityMeta<?> entity = dev.tideorm.schema.it.longnames.LongNamed_.ENTITY;
        String table = "a_table_with_quite_a_long_name_for_this";
        String full = "idx-" + table + "-a_column_with_an_equally_long_name";
        // PostgreSQL truncates identifiers to 63 bytes
        String stored = either(db, full.substring(0, 63), full);

        assertThat(sync(db, entity).statements()).singleElement().asString()
                .endsWith("CONSTRAINT \"" + full + "\" UNIQUE (\"a_column_with_an_equally_long_name\"))");
        assertThat(uniqueNames(db, table)).isEqualTo("[UNIQUE " + stored + "]");
        assertThat(sync(db, entity).statements()).isEmpty();

        db.sql("DROP TABLE \"" + table + "\"");
        createAsEarlierVersions(db, entity);
        String old = uniqueConstraintOf(db, table, "a_column_with_an_equally_long_name");

        assertThat(sync(db, entity).statements()).containsExactly(
                "ALTER TABLE \"" + table + "\" RENAME CONSTRAINT \"" + old + "\" TO \"" + full + "\"");
        assertThat(uniqueNames(db, table)).isEqualTo("[UNIQUE " + stored + "]");
        assertThat(sync(db, entity).statements()).isEmpty();
        dev.tideorm.schema.it.longnames.LongNamedActiveModel.builder().setValue("v").insert(db.conn()).block();
        assertViolates(dev.tideorm.schema.it.longnames.LongNamedActiveModel.builder().setValue("v")
                .insert(db.conn()), table, stored);
    }

    @DbTest
    void aUniqueIndexH2HandedToAForeignKeyIsAdoptedToo(TestDb testDb) {
        SyncDb db = SyncDb.fresh(testDb);
        String table = "Seat\"Map";
        sync(db, Owner_.ENTITY, SeatMap_.ENTITY);
        // dropping the constraint leaves its index on H2, unique and now owned by the foreign key that used it;
        // on PostgreSQL the index goes with the constraint
        db.sql("ALTER TABLE \"Seat\"\"Map\" DROP CONSTRAINT \"idx-Seat\"\"Map-owner_id\"");
        String h2Index = db.isPostgres() ? "" : db.column("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE CONSTRAINT_NAME = 'fk-Seat\"Map-owner_id'").get(0).replace("\"", "\"\"");

        SyncReport report = sync(db, Owner_.ENTITY, SeatMap_.ENTITY);

        assertThat(report.statements()).containsExactly(either(db,
                "ALTER TABLE \"Seat\"\"Map\" ADD CONSTRAINT \"idx-Seat\"\"Map-owner_id\" UNIQUE (\"owner_id\")",
                "ALTER INDEX \"" + h2Index + "\" RENAME TO \"idx-Seat\"\"Map-owner_id\""));
        assertThat(db.foreignKeys(table)).containsExactly("fk-Seat\"Map-owner_id NO ACTION NO ACTION");
        assertThat(sync(db, Owner_.ENTITY, SeatMap_.ENTITY).statements()).isEmpty();
        int id = OwnerActiveModel.builder().setFullName("o").insert(db.conn()).block().id();
        seat(db, 1, id, "c1").block();
        assertViolates(seat(db, 2, id, "c2"), table, "idx-Seat\"Map-owner_id");
    }
}
