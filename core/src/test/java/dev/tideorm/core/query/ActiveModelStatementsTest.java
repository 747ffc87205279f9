package dev.tideorm.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.dialect.Dialects;
import dev.tideorm.core.error.KeyArityException;
import dev.tideorm.core.error.PrimaryKeyNotSetException;
import dev.tideorm.core.fixture.CakeFilling;
import dev.tideorm.core.fixture.CakeFillingActiveModel;
import dev.tideorm.core.fixture.CakeFilling_;
import dev.tideorm.core.fixture.Fruit;
import dev.tideorm.core.fixture.FruitActiveModel;
import dev.tideorm.core.fixture.Fruit_;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The statements built from active models: SeaORM's exact strings (SEMANTICS 1.2), on both dialects. */
class ActiveModelStatementsTest {

    static Stream<Dialect> dialects() {
        return Stream.of(Dialects.POSTGRES, Dialects.H2);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dialects")
    void insertOmitsNotSetAndWritesExplicitNull(Dialect dialect) {
        FruitActiveModel orange = FruitActiveModel.builder().setName("Orange").setCakeId(null);
        Insert<Fruit> insert = Insert.one(orange);
        assertThat(insert.inline(dialect))
                .isEqualTo("INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ('Orange', NULL)");
        Statement st = insert.build(dialect);
        assertThat(st.sql()).isEqualTo("INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ($1, $2)");
        assertThat(st.binds()).extracting(Value::value).containsExactly("Orange", null);
        assertThat(st.binds().get(1).type()).isEqualTo(Integer.class);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dialects")
    void updateWritesOnlySetColumnsAndMatchesTheKey(Dialect dialect) {
        FruitActiveModel fruit = FruitActiveModel.from(new Fruit(1, "Apple", null));
        fruit.unset(Fruit_.NAME).setCakeId(2);
        Update<Fruit> update = Update.one(fruit).orElseThrow();
        assertThat(update.inline(dialect)).isEqualTo("UPDATE \"fruit\" SET \"cake_id\" = 2 WHERE \"fruit\".\"id\" = 1");
        assertThat(update.build(dialect).sql())
                .isEqualTo("UPDATE \"fruit\" SET \"cake_id\" = $1 WHERE \"fruit\".\"id\" = $2");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dialects")
    void setPrimaryKeyGoesIntoWhereNeverIntoSet(Dialect dialect) {
        FruitActiveModel fruit = FruitActiveModel.builder().setId(2).setCakeId(3);
        fruit.setState(Fruit_.NAME, dev.tideorm.core.model.ActiveValue.unchanged("Apple"));
        assertThat(Update.one(fruit).orElseThrow().inline(dialect))
                .isEqualTo("UPDATE \"fruit\" SET \"cake_id\" = 3 WHERE \"fruit\".\"id\" = 2");
    }

    @Test
    void updateWithNothingSetBuildsNoStatement() {
        assertThat(Update.one(FruitActiveModel.from(new Fruit(1, "Apple", null)))).isEmpty();
    }

    @Test
    void updateAndDeleteWithKeyNotSetFailBeforeAnySql() {
        FruitActiveModel fruit = FruitActiveModel.builder().setName("x");
        assertThatThrownBy(() -> Update.one(fruit)).isInstanceOfSatisfying(PrimaryKeyNotSetException.class,
                e -> assertThat(e.context()).isEqualTo("UpdateOne"));
        assertThatThrownBy(() -> Delete.one(fruit)).isInstanceOfSatisfying(PrimaryKeyNotSetException.class,
                e -> assertThat(e.context()).isEqualTo("DeleteOne"));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dialects")
    void insertManyTakesTheUnionOfColumnsWithDefaultInTheGaps(Dialect dialect) {
        // SeaORM writes NULL in the gaps; DEFAULT lets a NotSet generated key share a statement with a set one.
        Insert<?> insert = Insert.many(List.of(
                new CakeFillingActiveModel().setCakeId(2),
                new CakeFillingActiveModel().setFillingId(3)));
        assertThat(insert.inline(dialect)).isEqualTo(
                "INSERT INTO \"cake_filling\" (\"cake_id\", \"filling_id\") VALUES (2, DEFAULT), (DEFAULT, 3)");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dialects")
    void insertOfUnchangedModelWritesEveryColumn(Dialect dialect) {
        assertThat(Insert.one(FruitActiveModel.from(new Fruit(1, "Apple Pie", null))).inline(dialect))
                .isEqualTo("INSERT INTO \"fruit\" (\"id\", \"name\", \"cake_id\") VALUES (1, 'Apple Pie', NULL)");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dialects")
    void insertWithNoColumnIsDefaultValues(Dialect dialect) {
        assertThat(Insert.one(FruitActiveModel.builder()).inline(dialect))
                .isEqualTo("INSERT INTO \"fruit\" DEFAULT VALUES");
    }

    @Test
    void insertReturningOnPostgresUsesReturningAndOnH2GeneratedColumns() {
        FruitActiveModel fruit = FruitActiveModel.builder().setName("Orange");
        Statement pg = Insert.one(fruit).returningAll().build(Dialects.POSTGRES);
        assertThat(pg.sql()).isEqualTo(
                "INSERT INTO \"fruit\" (\"name\") VALUES ($1) RETURNING \"id\", \"name\", \"cake_id\"");
        Statement h2 = Insert.one(fruit).returningAll().build(Dialects.H2);
        assertThat(h2.sql()).isEqualTo("INSERT INTO \"fruit\" (\"name\") VALUES ($1)");
        assertThat(h2.generatedColumns()).containsExactly("id", "name", "cake_id");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dialects")
    void deleteByKey(Dialect dialect) {
        assertThat(Delete.one(FruitActiveModel.from(new Fruit(3, "x", null))).build(dialect).sql())
                .isEqualTo("DELETE FROM \"fruit\" WHERE \"fruit\".\"id\" = $1");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dialects")
    void selectWithFilterOrderAndLimit(Dialect dialect) {
        Statement st = Select.of(Fruit_.ENTITY).filter(Fruit_.NAME.like("A%").and(Fruit_.CAKE_ID.isNull()))
                .orderBy(Fruit_.ID.desc()).limit(10).build(dialect);
        assertThat(st.sql()).isEqualTo("SELECT \"fruit\".\"id\", \"fruit\".\"name\", \"fruit\".\"cake_id\" FROM \"fruit\""
                + " WHERE \"fruit\".\"name\" LIKE $1 AND \"fruit\".\"cake_id\" IS NULL"
                + " ORDER BY \"fruit\".\"id\" DESC LIMIT $2");
        assertThat(st.binds()).extracting(Value::value).containsExactly("A%", 10L);
    }

    @Test
    void compositeKeyConditionChecksArity() {
        assertThat(Select.of(CakeFilling_.ENTITY).filter(Select.primaryKeyCondition(CakeFilling_.ENTITY, 1, 2))
                .inline(Dialects.POSTGRES)).endsWith(
                "WHERE \"cake_filling\".\"cake_id\" = 1 AND \"cake_filling\".\"filling_id\" = 2");
        assertThatThrownBy(() -> Select.primaryKeyCondition(CakeFilling_.ENTITY, 1))
                .isInstanceOf(KeyArityException.class).hasMessageContaining("2-column primary key");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dialects")
    void lookupsByKeyReuseOneRenderingPerShapeWithTheirOwnBinds(Dialect dialect) {
        for (int id = 1; id <= 3; id++) {
            Select<CakeFilling> byId = Select.byId(CakeFilling_.ENTITY, id, id * 10);
            Select<CakeFilling> plain = Select.of(CakeFilling_.ENTITY)
                    .filter(Select.primaryKeyCondition(CakeFilling_.ENTITY, id, id * 10));
            // the same statement as the general path, first render or cached, limited or not
            assertThat(byId.build(dialect)).isEqualTo(plain.build(dialect));
            assertThat(byId.limit(1).build(dialect)).isEqualTo(plain.limit(1).build(dialect));
            assertThat(byId.limit(1).build(dialect).binds()).extracting(Value::value)
                    .containsExactly(id, id * 10, 1L);
            // refined, it is an ordinary query again
            Select<CakeFilling> refined = byId.filter(CakeFilling_.CAKE_ID.gt(0)).limit(1);
            assertThat(refined.build(dialect).sql()).contains("AND \"cake_filling\".\"cake_id\" > $3 LIMIT $4");
            assertThat(byId.limit(2).build(dialect).binds()).extracting(Value::value).containsExactly(id, id * 10, 2L);
        }
        assertThat(Select.byId(CakeFilling_.ENTITY, 4, 5).inline(dialect)).endsWith(
                "WHERE \"cake_filling\".\"cake_id\" = 4 AND \"cake_filling\".\"filling_id\" = 5");
        assertThatThrownBy(() -> Select.byId(CakeFilling_.ENTITY, 1)).isInstanceOf(KeyArityException.class);
    }
}
