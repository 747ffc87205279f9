package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.ForeignKeyViolationException;
import dev.tideorm.core.error.PrimaryKeyNotSetException;
import dev.tideorm.core.error.RecordNotFoundException;
import dev.tideorm.core.error.RecordNotUpdatedException;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.query.Select;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.Join;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.r2dbc.it.entity.Cake;
import dev.tideorm.r2dbc.it.entity.CakeActiveModel;
import dev.tideorm.r2dbc.it.entity.Cake_;
import dev.tideorm.r2dbc.it.entity.Fruit;
import dev.tideorm.r2dbc.it.entity.FruitActiveModel;
import dev.tideorm.r2dbc.it.entity.Fruit_;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Entity-level CRUD through core's queries and active models on the R2DBC executor, with the exact SQL run. */
class EntityCrudIT {
    private static final String SELECT_CAKE = "SELECT \"cake\".\"id\", \"cake\".\"name\" FROM \"cake\"";

    private static boolean returning(TestDb db) {
        return db.dialect().supportsReturning();
    }

    private static Cake cake(TestDb db, int id) {
        return Cake_.findById(id).one(db.db()).block();
    }

    @DbTest
    void insertEmitsTheStoredRowWithItsGeneratedKey(TestDb db) {
        Fixtures.cakes(db, "apple");
        CakeActiveModel model = CakeActiveModel.builder().setName("pear");
        model.insert(db.db())
                .as(StepVerifier::create)
                .expectNext(new Cake(2, "pear"))
                .verifyComplete();

        assertThat(model.isPersisted()).isTrue();
        assertThat(model.id().isUnchanged()).isTrue();
        assertThat(model.id().value()).isEqualTo(2);
        assertThat(db.countRows("cake")).isEqualTo(2);
        // PostgreSQL returns the row with RETURNING; on H2 the driver is asked for every column instead.
        assertThat(db.statements().sql()).containsExactly(returning(db)
                ? "INSERT INTO \"cake\" (\"name\") VALUES ($1) RETURNING \"id\", \"name\""
                : "INSERT INTO \"cake\" (\"name\") VALUES ($1)");
    }

    @DbTest
    void insertWithAnExplicitKeyAndANullableColumn(TestDb db) {
        Fixtures.cakes(db, "apple");
        FruitActiveModel.builder().setId(10).setName("pip").setCakeId(null).insert(db.db())
                .as(StepVerifier::create)
                .assertNext(f -> assertThat(f).extracting(Fruit::id, Fruit::name, Fruit::cakeId)
                        .containsExactly(10, "pip", null))
                .verifyComplete();
        assertThat(db.statements().sql()).containsExactly(returning(db)
                ? "INSERT INTO \"fruit\" (\"id\", \"name\", \"cake_id\") VALUES ($1, $2, $3) RETURNING \"id\", \"name\", \"cake_id\""
                : "INSERT INTO \"fruit\" (\"id\", \"name\", \"cake_id\") VALUES ($1, $2, $3)");
    }

    @DbTest
    void insertManyIsOneMultiRowStatementReturningRowsInOrder(TestDb db) {
        Fixtures.cakesAndFruits(db);
        List<CakeActiveModel> models = List.of(CakeActiveModel.builder().setName("a"),
                CakeActiveModel.builder().setName("b"), CakeActiveModel.builder().setName("c"));
        Cake_.insertMany(models).execWithReturning(db.db())
                .as(StepVerifier::create)
                .expectNext(new Cake(1, "a"), new Cake(2, "b"), new Cake(3, "c"))
                .verifyComplete();

        assertThat(db.statements().sql()).containsExactly("INSERT INTO \"cake\" (\"name\") VALUES ($1), ($2), ($3)"
                + (returning(db) ? " RETURNING \"id\", \"name\"" : ""));
        db.statements().clear();
        Cake_.insertMany(List.of(CakeActiveModel.builder().setName("d"), CakeActiveModel.builder().setName("e")))
                .exec(db.db())
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
        assertThat(db.statements().sql()).containsExactly("INSERT INTO \"cake\" (\"name\") VALUES ($1), ($2)");
        assertThat(db.countRows("cake")).isEqualTo(5);
    }

    @DbTest
    void updateWritesOnlyTheSetColumns(TestDb db) {
        Fixtures.cakes(db, "apple");
        db.exec("INSERT INTO \"fruit\" (\"name\") VALUES ('pip')");
        Fruit pip = Fruit_.findById(1).one(db.db()).block();
        db.statements().clear();

        FruitActiveModel.from(pip).setCakeId(1).update(db.db())
                .as(StepVerifier::create)
                .assertNext(f -> assertThat(f).extracting(Fruit::id, Fruit::name, Fruit::cakeId)
                        .containsExactly(1, "pip", 1))
                .verifyComplete();

        // Without RETURNING (H2) the stored row is read back: the database may have normalised what was written.
        String update = "UPDATE \"fruit\" SET \"cake_id\" = $1 WHERE \"fruit\".\"id\" = $2";
        assertThat(db.statements().sql()).containsExactly(returning(db)
                ? new String[]{update + " RETURNING \"id\", \"name\", \"cake_id\""}
                : new String[]{update, "SELECT \"fruit\".\"id\", \"fruit\".\"name\", \"fruit\".\"cake_id\" FROM \"fruit\" "
                        + "WHERE \"fruit\".\"id\" = $1 LIMIT $2"});
        assertThat(db.rows("SELECT \"cake_id\" FROM \"fruit\"")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("cake_id")).intValue()).isEqualTo(1));
    }

    @DbTest
    void updateWithNothingSetIssuesNoUpdateOnlyTheSelect(TestDb db) {
        Fixtures.cakes(db, "apple");
        Cake apple = cake(db, 1);
        db.statements().clear();

        CakeActiveModel.from(apple).update(db.db())
                .as(StepVerifier::create)
                .expectNext(apple)
                .verifyComplete();
        assertThat(db.statements().sql()).containsExactly(SELECT_CAKE + " WHERE \"cake\".\"id\" = $1 LIMIT $2");
    }

    @DbTest
    void updateWithoutAKeyFailsBeforeAnySql(TestDb db) {
        Fixtures.cakes(db, "apple");
        CakeActiveModel.builder().setName("pear").update(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(PrimaryKeyNotSetException.class)
                        .hasMessageContaining("UpdateOne"));
        assertThat(db.statements().events()).isEmpty();
    }

    @DbTest
    void updateMatchingNoRowFailsWithRecordNotUpdated(TestDb db) {
        Fixtures.cakes(db, "apple");
        CakeActiveModel.builder().setId(999).setName("ghost").asExisting().update(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(RecordNotUpdatedException.class).hasMessageContaining("cake")
                            .hasMessageContaining("[SQL: UPDATE \"cake\" SET \"name\" = $1")
                            .hasMessageNotContaining("ghost");
                    assertThat(((DbException) e).statement()).isNotNull();
                    assertThat(((DbException) e).statement().sql()).startsWith("UPDATE \"cake\"");
                });
        assertThat(db.rows("SELECT \"name\" FROM \"cake\"")).extracting(r -> r.get("name")).containsExactly("apple");
    }

    @DbTest
    void aNoOpUpdateOfAMissingRowFailsWithRecordNotFoundCarryingTheSelect(TestDb db) {
        Fixtures.cakes(db, "apple");
        CakeActiveModel.from(new Cake(999, "ghost")).update(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(RecordNotFoundException.class).hasMessageContaining("cake");
                    assertThat(((DbException) e).statement()).isNotNull();
                    assertThat(((DbException) e).statement().sql())
                            .isEqualTo(SELECT_CAKE + " WHERE \"cake\".\"id\" = $1 LIMIT $2");
                });
    }

    @DbTest
    void aNoOpUpdateOfAHandBuiltExistingModelTakesTheStoredRowWhileANoOpSaveSendsNothing(TestDb db) {
        Fixtures.cakes(db, "apple");
        CakeActiveModel model = CakeActiveModel.builder().setId(1).asExisting();
        model.save(db.db()).as(StepVerifier::create).expectNext(model).verifyComplete();
        assertThat(db.statements().sql()).isEmpty();

        model.update(db.db())
                .as(StepVerifier::create)
                .expectNext(new Cake(1, "apple"))
                .verifyComplete();
        assertThat(model.name().isUnchanged()).isTrue();
        assertThat(model.tryIntoModel()).isEqualTo(new Cake(1, "apple"));
        assertThat(db.statements().sql()).containsExactly(SELECT_CAKE + " WHERE \"cake\".\"id\" = $1 LIMIT $2");
    }

    @DbTest
    void aSaveDecidesInsertOrUpdateWhenSubscribedSoResubscribingDoesNotInsertTwice(TestDb db) {
        Fixtures.cakesAndFruits(db);
        CakeActiveModel model = CakeActiveModel.builder().setName("apple");
        Mono<CakeActiveModel> save = model.save(db.db());   // assembled once, as a retry would resubscribe it
        save.block();
        model.setName("pear");
        save.as(StepVerifier::create)
                .assertNext(m -> assertThat(m.name().value()).isEqualTo("pear"))
                .verifyComplete();

        assertThat(db.statements().sql()).hasSize(returning(db) ? 2 : 3);
        assertThat(db.statements().sql().get(0)).startsWith("INSERT INTO \"cake\"");
        assertThat(db.statements().sql().get(1))
                .startsWith("UPDATE \"cake\" SET \"name\" = $1 WHERE \"cake\".\"id\" = $2");
        assertThat(db.rows("SELECT \"name\" FROM \"cake\"")).extracting(r -> r.get("name")).containsExactly("pear");
    }

    @DbTest
    void aDeletedModelIsNoLongerPersistedSoSavingItInsertsItAgain(TestDb db) {
        Fixtures.cakes(db, "apple");
        CakeActiveModel model = CakeActiveModel.from(cake(db, 1));
        model.delete(db.db()).as(StepVerifier::create).expectNext(1L).verifyComplete();
        assertThat(model.isPersisted()).isFalse();
        assertThat(db.countRows("cake")).isZero();

        db.statements().clear();
        model.save(db.db()).as(StepVerifier::create).expectNextCount(1).verifyComplete();
        assertThat(db.statements().sql()).singleElement().asString()
                .startsWith("INSERT INTO \"cake\" (\"id\", \"name\")");
        assertThat(db.rows("SELECT \"name\" FROM \"cake\"")).extracting(r -> r.get("name")).containsExactly("apple");
    }

    @DbTest
    void countOfAGroupedQueryCountsTheRowsItReturns(TestDb db) {
        Fixtures.cakes(db, "apple", "pear", "plum");
        db.exec("INSERT INTO \"fruit\" (\"name\", \"cake_id\") "
                + "VALUES ('a', 1), ('b', 1), ('c', 2), ('d', 2), ('e', 3)");
        SelectStatement base = Cake_.find().statement();
        // Cakes with more than one fruit: a join, grouped by the cake's columns, with HAVING.
        SelectStatement grouped = base
                .join(new Join(Join.Kind.INNER, Fruit_.ENTITY.tableRef(), Fruit_.CAKE_ID.expr().eq(Cake_.ID.expr())))
                .groupBy(Cake_.ID.expr()).groupBy(Cake_.NAME.expr())
                .having(new Expr.Binary(Expr.countStar(), Expr.BinaryOp.GT, Expr.val(1L)));
        Select<Cake> query = Cake_.find().withStatement(grouped);
        query.all(db.db()).map(List::size).as(StepVerifier::create).expectNext(2).verifyComplete();
        db.statements().clear();

        query.count(db.db()).as(StepVerifier::create).expectNext(2L).verifyComplete();
        assertThat(db.statements().sql()).singleElement().asString()
                .startsWith("SELECT COUNT(*) AS \"num_items\" FROM (SELECT \"cake\".\"id\", \"cake\".\"name\" FROM");
        Cake_.find().withStatement(base.withDistinct(true)).count(db.db())
                .as(StepVerifier::create).expectNext(3L).verifyComplete();
    }

    @DbTest
    void saveInsertsANewModelAndUpdatesALoadedOne(TestDb db) {
        Fixtures.cakesAndFruits(db);
        CakeActiveModel model = CakeActiveModel.builder().setName("apple");
        model.save(db.db()).block();
        assertThat(model.isPersisted()).isTrue();
        assertThat(db.statements().sql()).singleElement().asString().startsWith("INSERT INTO \"cake\"");
        db.statements().clear();

        model.setName("pear").save(db.db())
                .as(StepVerifier::create)
                .assertNext(m -> assertThat(m.name().value()).isEqualTo("pear"))
                .verifyComplete();
        assertThat(db.statements().sql().get(0)).startsWith("UPDATE \"cake\" SET \"name\" = $1 WHERE \"cake\".\"id\" = $2");
        assertThat(db.rows("SELECT \"name\" FROM \"cake\"")).extracting(r -> r.get("name")).containsExactly("pear");
        db.statements().clear();

        model.save(db.db()).block();                       // nothing Set: no UPDATE
        assertThat(db.statements().sql()).noneMatch(s -> s.startsWith("UPDATE"));
    }

    @DbTest
    void deleteRemovesTheRowByKey(TestDb db) {
        Fixtures.cakes(db, "apple", "pear");
        CakeActiveModel.from(cake(db, 1)).delete(db.db())
                .as(StepVerifier::create).expectNext(1L).verifyComplete();
        assertThat(db.statements().sql()).endsWith("DELETE FROM \"cake\" WHERE \"cake\".\"id\" = $1");
        assertThat(db.rows("SELECT \"name\" FROM \"cake\"")).extracting(r -> r.get("name")).containsExactly("pear");
    }

    @DbTest
    void updateManyAndDeleteManyAffectEveryMatchingRow(TestDb db) {
        Fixtures.cakes(db, "apple", "apricot", "pear");
        Cake_.updateMany().set(Cake_.NAME, "plum").filter(Cake_.NAME.eq("pear")).exec(db.db())
                .as(StepVerifier::create).expectNext(1L).verifyComplete();
        Cake_.updateMany().set(Cake_.NAME, "none").filter(Cake_.NAME.eq("nothing")).exec(db.db())
                .as(StepVerifier::create).expectNext(0L).verifyComplete();       // not an error
        Cake_.deleteMany().filter(Cake_.NAME.startsWith("ap")).exec(db.db())
                .as(StepVerifier::create).expectNext(2L).verifyComplete();

        assertThat(db.statements().sql()).containsExactly(
                "UPDATE \"cake\" SET \"name\" = $1 WHERE \"cake\".\"name\" = $2",
                "UPDATE \"cake\" SET \"name\" = $1 WHERE \"cake\".\"name\" = $2",
                "DELETE FROM \"cake\" WHERE \"cake\".\"name\" LIKE $1");
        assertThat(db.rows("SELECT \"name\" FROM \"cake\"")).extracting(r -> r.get("name")).containsExactly("plum");
    }

    @DbTest
    void findersEmitTypedRecords(TestDb db) {
        Fixtures.cakes(db, "apple", "pear", "plum");
        Cake_.findById(2).one(db.db()).as(StepVerifier::create).expectNext(new Cake(2, "pear")).verifyComplete();
        Cake_.findById(99).one(db.db()).as(StepVerifier::create).verifyComplete();
        Cake_.findByName("plum").one(db.db()).as(StepVerifier::create).expectNext(new Cake(3, "plum")).verifyComplete();
        Cake_.find().filter(Cake_.NAME.startsWith("p")).orderBy(Cake_.ID.desc()).all(db.db())
                .as(StepVerifier::create)
                .expectNext(List.of(new Cake(3, "plum"), new Cake(2, "pear")))
                .verifyComplete();
        Cake_.find().filter(Cake_.NAME.startsWith("p")).count(db.db())
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
        Cake_.find().filter(Cake_.NAME.eq("kiwi")).exists(db.db())
                .as(StepVerifier::create).expectNext(false).verifyComplete();
        Cake_.find().filter(Cake_.NAME.eq("pear")).exists(db.db())
                .as(StepVerifier::create).expectNext(true).verifyComplete();

        // a lookup by the whole primary key needs no LIMIT
        assertThat(db.statements().sql()).containsExactly(
                SELECT_CAKE + " WHERE \"cake\".\"id\" = $1",
                SELECT_CAKE + " WHERE \"cake\".\"id\" = $1",
                SELECT_CAKE + " WHERE \"cake\".\"name\" = $1 LIMIT $2",
                SELECT_CAKE + " WHERE \"cake\".\"name\" LIKE $1 ORDER BY \"cake\".\"id\" DESC",
                "SELECT COUNT(*) FROM \"cake\" WHERE \"cake\".\"name\" LIKE $1",
                "SELECT 1 FROM \"cake\" WHERE \"cake\".\"name\" = $1 LIMIT $2",
                "SELECT 1 FROM \"cake\" WHERE \"cake\".\"name\" = $1 LIMIT $2");
    }

    @DbTest
    void streamRespectsBackPressureAndCancelReturnsTheConnection(TestDb db) {
        Fixtures.cakes(db, "a", "b", "c", "d", "e", "f");
        StepVerifier.create(Cake_.find().orderBy(Cake_.ID.asc()).stream(db.db()), 2)
                .expectNext(new Cake(1, "a"), new Cake(2, "b"))
                .thenRequest(1)
                .expectNext(new Cake(3, "c"))
                .thenCancel()
                .verify();
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void aUniqueViolationNamesTheConstraintAndLeavesNothingBehind(TestDb db) {
        Fixtures.cakes(db, "apple");
        CakeActiveModel.builder().setName("apple").insert(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(UniqueViolationException.class)
                            .hasMessageContaining("\"cake_name_key\"")
                            .hasMessageNotContaining("'apple'");
                    assertThat(((UniqueViolationException) e).constraint()).isEqualTo("cake_name_key");
                });
        assertThat(db.countRows("cake")).isEqualTo(1);
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void aForeignKeyViolationNamesTheConstraint(TestDb db) {
        Fixtures.cakesAndFruits(db);
        FruitActiveModel.builder().setName("pip").setCakeId(999).insert(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(ForeignKeyViolationException.class)
                        .hasMessageContaining("\"fk-fruit-cake_id\""));
        assertThat(db.countRows("fruit")).isZero();
    }

    @DbTest
    void aColumnOfTheWrongTypeFailsNamingTheColumn(TestDb db) {
        db.exec("DROP TABLE IF EXISTS \"fruit\"", "DROP TABLE IF EXISTS \"cake\"",
                "CREATE TABLE \"cake\" (\"id\" INTEGER PRIMARY KEY, \"name\" INTEGER)",
                "INSERT INTO \"cake\" VALUES (1, 42)");
        Cake_.find().all(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(TypeConversionException.class)
                            .hasMessageContaining("column 1 (\"name\"")
                            .hasMessageContaining("as String")
                            .hasMessageContaining("[SQL: " + SELECT_CAKE + "]")
                            .hasMessageNotContaining("42");
                    assertThat(((DbException) e).statement()).isNotNull();
                });
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void entityOperationsJoinATransaction(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.db().transaction(tx -> CakeActiveModel.builder().setName("apple").insert(db.db())
                        .flatMap(apple -> FruitActiveModel.builder().setName("pip").setCakeId(apple.id()).insert(db.db()))
                        .then(Cake_.find().count(db.db())))
                .as(StepVerifier::create)
                .expectNext(1L)
                .verifyComplete();
        assertThat(db.statements().all()).first().isEqualTo("BEGIN");
        assertThat(db.statements().all()).last().isEqualTo("COMMIT");
        assertThat(db.countRows("fruit")).isEqualTo(1);
    }
}
