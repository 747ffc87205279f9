package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.query.PartialSelect;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.SelectItem;
import dev.tideorm.r2dbc.it.entity.Cake_;
import dev.tideorm.r2dbc.it.entity.Fruit_;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.test.StepVerifier;

/** Partial selects into other records (SeaORM's DerivePartialModel), mapped by constructor references. */
class PartialSelectIT {

    record CakeName(Integer id, String name) {
    }

    record FruitRef(String name, @Nullable Integer cakeId) {
    }

    record FruitsPerCake(@Nullable Integer cakeId, long fruits) {
    }

    @DbTest
    void chosenColumnsMapIntoARecordByConstructorReference(TestDb db) {
        Fixtures.cakes(db, "apple", "pear", "plum");
        Cake_.find().filter(Cake_.NAME.startsWith("p")).orderBy(Cake_.ID.asc())
                .select(Cake_.ID, Cake_.NAME).into(CakeName::new)
                .all(db.db())
                .as(StepVerifier::create)
                .expectNext(List.of(new CakeName(2, "pear"), new CakeName(3, "plum")))
                .verifyComplete();
        assertThat(db.statements().sql()).containsExactly(
                "SELECT \"cake\".\"id\", \"cake\".\"name\" FROM \"cake\" WHERE \"cake\".\"name\" LIKE $1 "
                        + "ORDER BY \"cake\".\"id\" ASC");
    }

    @DbTest
    void oneColumnAndNullableColumns(TestDb db) {
        Fixtures.cakes(db, "apple");
        db.exec("INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ('pip', 1), ('seed', NULL)");
        Cake_.find().select(Cake_.NAME).into(String::toUpperCase).one(db.db())
                .as(StepVerifier::create).expectNext("APPLE").verifyComplete();
        Fruit_.find().orderBy(Fruit_.ID.asc()).select(Fruit_.NAME, Fruit_.CAKE_ID).into(FruitRef::new).stream(db.db())
                .as(StepVerifier::create)
                .expectNext(new FruitRef("pip", 1), new FruitRef("seed", null))
                .verifyComplete();
        assertThat(db.statements().sql()).containsExactly(
                "SELECT \"cake\".\"name\" FROM \"cake\" LIMIT $1",
                "SELECT \"fruit\".\"name\", \"fruit\".\"cake_id\" FROM \"fruit\" ORDER BY \"fruit\".\"id\" ASC");
    }

    @DbTest
    void aggregatesWithAliasesMapByLabel(TestDb db) {
        Fixtures.cakes(db, "apple", "pear");
        db.exec("INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ('a', 1), ('b', 1), ('c', 2), ('d', NULL)");
        PartialSelect<FruitsPerCake> perCake = Fruit_.find()
                .selectExprs(SelectItem.of(Fruit_.CAKE_ID.expr()), new SelectItem(Expr.countStar(), "fruits"))
                .into(row -> new FruitsPerCake(row.get("cake_id", Integer.class), row.get("FRUITS", Long.class)))
                .groupBy(Fruit_.CAKE_ID.expr())
                .orderBy(Fruit_.CAKE_ID.asc());
        perCake.filter(Fruit_.CAKE_ID.isNotNull()).all(db.db())
                .as(StepVerifier::create)
                .expectNext(List.of(new FruitsPerCake(1, 2), new FruitsPerCake(2, 1)))
                .verifyComplete();
        assertThat(db.statements().sql()).containsExactly("SELECT \"fruit\".\"cake_id\", COUNT(*) AS \"fruits\" "
                + "FROM \"fruit\" WHERE \"fruit\".\"cake_id\" IS NOT NULL GROUP BY \"fruit\".\"cake_id\" "
                + "ORDER BY \"fruit\".\"cake_id\" ASC");
        db.statements().clear();

        // Counting a grouped query counts the groups (it is counted as a sub-query).
        perCake.paginate(db.db(), 2).numItems()
                .as(StepVerifier::create).expectNext(3L).verifyComplete();
    }

    @DbTest
    void aPartialSelectPaginates(TestDb db) {
        Fixtures.cakes(db, "a", "b", "c", "d", "e");
        Cake_.find().orderBy(Cake_.ID.asc()).select(Cake_.ID, Cake_.NAME).into(CakeName::new)
                .paginate(db.db(), 2).fetchPage(2)
                .as(StepVerifier::create)
                .expectNext(List.of(new CakeName(5, "e")))
                .verifyComplete();
    }
}
