package dev.tideorm.r2dbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.TooManyParametersException;
import dev.tideorm.r2dbc.it.Fixtures;
import dev.tideorm.r2dbc.it.entity.Cake;
import dev.tideorm.r2dbc.it.entity.CakeActiveModel;
import dev.tideorm.r2dbc.it.entity.Cake_;
import dev.tideorm.r2dbc.it.entity.Fruit;
import dev.tideorm.r2dbc.it.entity.FruitActiveModel;
import dev.tideorm.r2dbc.it.entity.Fruit_;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import reactor.test.StepVerifier;

/**
 * A statement over the driver's bind-parameter limit is refused before it is sent, with a typed error that no
 * retry policy mistakes for a lost connection; {@code insertMany} splits itself under the limit instead.
 */
class ParameterLimitIT {

    @DbTest
    void anInListOverTheLimitIsRefusedBeforeAnythingIsSent(TestDb db) {
        Fixtures.cakes(db, "apple");
        int limit = db.dialect().maxBindParameters();
        List<Integer> ids = IntStream.rangeClosed(1, limit + 1).boxed().toList();

        Cake_.find().filter(Cake_.ID.in(ids)).all(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(TooManyParametersException.class)
                            .hasMessageContaining("binds " + (limit + 1) + " parameters")
                            .hasMessageContaining("at most " + limit);
                    assertThat(((TooManyParametersException) e).isTransient()).isFalse();
                });
        // Reported to listeners as a failed statement, refused before it reached the driver.
        assertThat(db.statements().events()).singleElement()
                .satisfies(e -> assertThat(e.error()).isInstanceOf(TooManyParametersException.class));
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void insertManyOverTheLimitIsSplitIntoOneTransactionAndReturnsRowsInOrder(TestDb db) {
        Fixtures.cakesAndFruits(db);
        int rows = db.dialect().maxBindParameters() / 2 + 7;      // two bound columns per row
        List<FruitActiveModel> fruits = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            fruits.add(FruitActiveModel.builder().setName("f" + i).setCakeId(null));
        }

        List<Fruit> stored = Fruit_.insertMany(fruits).execWithReturning(db.db()).collectList().block();

        assertThat(stored).hasSize(rows);
        assertThat(stored.get(0).name()).isEqualTo("f0");
        assertThat(stored.get(rows - 1).name()).isEqualTo("f" + (rows - 1));
        assertThat(stored).extracting(Fruit::id).isSorted().doesNotHaveDuplicates();
        assertThat(db.countRows("fruit")).isEqualTo(rows);
        assertThat(db.statements().all()).containsExactly("BEGIN",
                db.statements().all().get(1), db.statements().all().get(2), "COMMIT");
    }

    @DbTest
    void aSplitInsertManyIsAllOrNothing(TestDb db) {
        Fixtures.cakes(db, "taken");
        int rows = db.dialect().maxBindParameters() + 5;          // one bound column per row
        List<CakeActiveModel> cakes = new ArrayList<>(rows);
        for (int i = 0; i < rows - 1; i++) {
            cakes.add(CakeActiveModel.builder().setName("c" + i));
        }
        cakes.add(CakeActiveModel.builder().setName("taken"));   // violates the unique name in the last part

        Cake_.insertMany(cakes).exec(db.db()).as(StepVerifier::create).verifyError();

        assertThat(db.countRows("cake")).isEqualTo(1);
    }

    @DbTest
    void rowsThatLeaveTheKeyUnsetShareAStatementWithRowsThatSetIt(TestDb db) {
        Fixtures.cakesAndFruits(db);
        Cake_.insertMany(List.of(CakeActiveModel.builder().setId(100).setName("explicit"),
                        CakeActiveModel.builder().setName("generated")))
                .execWithReturning(db.db())
                .as(StepVerifier::create)
                .assertNext(c -> assertThat(c).isEqualTo(new Cake(100, "explicit")))
                .assertNext(c -> assertThat(c.name()).isEqualTo("generated"))
                .verifyComplete();
        assertThat(db.statements().sql()).first().asString()
                .startsWith("INSERT INTO \"cake\" (\"id\", \"name\") VALUES ($1, $2), (DEFAULT, $3)");
    }

    @DbTest
    void severalRowsWithoutAnyColumnAreAllInserted(TestDb db) {
        db.exec("DROP TABLE IF EXISTS \"fruit\"", "DROP TABLE IF EXISTS \"cake\"",
                "CREATE TABLE \"cake\" (\"id\" " + Fixtures.serial(db) + " PRIMARY KEY, "
                        + "\"name\" VARCHAR(100) DEFAULT 'unnamed')");
        Cake_.insertMany(List.of(CakeActiveModel.builder(), CakeActiveModel.builder(), CakeActiveModel.builder()))
                .execWithReturning(db.db())
                .as(StepVerifier::create)
                .expectNext(new Cake(1, "unnamed"), new Cake(2, "unnamed"), new Cake(3, "unnamed"))
                .verifyComplete();
    }
}
