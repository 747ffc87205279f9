package dev.tideorm.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.dialect.Dialects;
import dev.tideorm.core.error.RecordNotUpdatedException;
import dev.tideorm.core.fixture.Fruit;
import dev.tideorm.core.fixture.FruitActiveModel;
import dev.tideorm.core.fixture.Fruit_;
import dev.tideorm.core.sql.SelectStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** What the query terminals and active-model operations send over a {@code DbConn}, and when. */
class QueryExecutionTest {
    private static final String SELECT_FRUIT =
            "SELECT \"fruit\".\"id\", \"fruit\".\"name\", \"fruit\".\"cake_id\" FROM \"fruit\"";

    /** A PostgreSQL connection whose writes return the row {@code (1, name, null)} and affect one row. */
    private static RecordingConn conn() {
        return new RecordingConn(Dialects.POSTGRES,
                st -> st.sql().startsWith("SELECT COUNT") ? List.<Object[]>of(new Object[]{7L})
                        : List.<Object[]>of(new Object[]{1, st.binds().get(0).value(), null}),
                st -> 1L);
    }

    @Test
    void clearingAnOptionalBelongsToIsAFlatWriteOfItsForeignKey() {
        RecordingConn conn = new RecordingConn(Dialects.POSTGRES,
                st -> List.<Object[]>of(new Object[]{4, null, 1}), st -> 1L);
        dev.tideorm.core.fixture.BasketActiveModel basket = new dev.tideorm.core.fixture.BasketActiveModel();
        basket.set(dev.tideorm.core.fixture.Basket_.ID, 4).set(dev.tideorm.core.fixture.Basket_.PAIR_A, 2)
                .set(dev.tideorm.core.fixture.Basket_.PAIR_B, 1).asExisting();
        basket.resetAll();
        dev.tideorm.core.internal.ModelAccess.get().acceptWritten(basket, basket.tryIntoModel());
        basket.clearRelated(dev.tideorm.core.fixture.Basket_.PAIR);
        basket.update(conn).as(StepVerifier::create).expectNextCount(1).verifyComplete();
        assertThat(conn.sql()).containsExactly("UPDATE \"basket\" SET \"pair_a\" = $1 WHERE \"basket\".\"id\" = $2"
                + " RETURNING \"id\", \"pair_a\", \"pair_b\"");
    }

    @Test
    void saveDecidesBetweenInsertAndUpdateOnEachSubscription() {
        RecordingConn conn = conn();
        FruitActiveModel model = FruitActiveModel.builder().setName("apple");
        Mono<FruitActiveModel> save = model.save(conn);
        save.block();
        model.setName("pear");
        save.as(StepVerifier::create).expectNext(model).verifyComplete();

        assertThat(conn.sql()).containsExactly(
                "INSERT INTO \"fruit\" (\"name\") VALUES ($1) RETURNING \"id\", \"name\", \"cake_id\"",
                "UPDATE \"fruit\" SET \"name\" = $1 WHERE \"fruit\".\"id\" = $2"
                        + " RETURNING \"id\", \"name\", \"cake_id\"");
    }

    @Test
    void aNoOpUpdateReadsTheRowIntoTheModel() {
        RecordingConn conn = new RecordingConn(Dialects.POSTGRES, st -> List.<Object[]>of(new Object[]{3, "kiwi", 2}),
                st -> 1L);
        FruitActiveModel model = FruitActiveModel.builder().setId(3).asExisting();
        model.update(conn).as(StepVerifier::create).expectNext(new Fruit(3, "kiwi", 2)).verifyComplete();

        assertThat(conn.sql()).containsExactly(SELECT_FRUIT + " WHERE \"fruit\".\"id\" = $1 LIMIT $2");
        assertThat(model.tryIntoModel()).isEqualTo(new Fruit(3, "kiwi", 2));
        assertThat(model.name().isUnchanged()).isTrue();
    }

    @Test
    void savingAnUnchangedPersistedModelSendsNothing() {
        RecordingConn conn = new RecordingConn(Dialects.POSTGRES, st -> List.of(), st -> 1L);
        FruitActiveModel model = FruitActiveModel.from(new Fruit(3, "kiwi", 2));
        model.save(conn).as(StepVerifier::create).expectNext(model).verifyComplete();

        assertThat(conn.sql()).isEmpty();
    }

    @Test
    void anUpdateMatchingNoRowFailsCarryingTheUpdate() {
        RecordingConn conn = new RecordingConn(Dialects.H2, st -> List.of(), st -> 0L);
        FruitActiveModel.from(new Fruit(9, "x", null)).setName("y").update(conn)
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(RecordNotUpdatedException.class,
                        u -> assertThat(u.statement()).isNotNull().extracting(s -> s.sql())
                                .isEqualTo("UPDATE \"fruit\" SET \"name\" = $1 WHERE \"fruit\".\"id\" = $2")));
        assertThat(conn.sql()).hasSize(1);
    }

    @Test
    void deleteLeavesTheModelNotPersisted() {
        RecordingConn conn = conn();
        FruitActiveModel model = FruitActiveModel.from(new Fruit(1, "apple", null));
        assertThat(model.isPersisted()).isTrue();
        model.delete(conn).as(StepVerifier::create).expectNext(1L).verifyComplete();
        assertThat(model.isPersisted()).isFalse();
    }

    @Test
    void countOfAPlainQueryReplacesItsSelectList() {
        RecordingConn conn = conn();
        Select.of(Fruit_.ENTITY).filter(Fruit_.NAME.eq("a")).orderBy(Fruit_.ID.asc()).limit(3).count(conn)
                .as(StepVerifier::create).expectNext(7L).verifyComplete();
        assertThat(conn.sql()).containsExactly("SELECT COUNT(*) FROM \"fruit\" WHERE \"fruit\".\"name\" = $1");
    }

    @Test
    void countOfAGroupedOrDistinctQueryCountsItsRowsInASubQuery() {
        RecordingConn conn = conn();
        Select<Fruit> base = Select.of(Fruit_.ENTITY);
        SelectStatement grouped = base.statement().groupBy(Fruit_.ID.expr()).groupBy(Fruit_.NAME.expr())
                .groupBy(Fruit_.CAKE_ID.expr());
        base.withStatement(grouped).orderBy(Fruit_.ID.asc()).count(conn)
                .as(StepVerifier::create).expectNext(7L).verifyComplete();
        base.withStatement(base.statement().withDistinct(true)).count(conn)
                .as(StepVerifier::create).expectNext(7L).verifyComplete();

        assertThat(conn.sql()).containsExactly(
                "SELECT COUNT(*) AS \"num_items\" FROM (" + SELECT_FRUIT
                        + " GROUP BY \"fruit\".\"id\", \"fruit\".\"name\", \"fruit\".\"cake_id\") AS \"sub_query\"",
                "SELECT COUNT(*) AS \"num_items\" FROM (SELECT DISTINCT \"fruit\".\"id\", \"fruit\".\"name\", "
                        + "\"fruit\".\"cake_id\" FROM \"fruit\") AS \"sub_query\"");
    }

    @Test
    void aCursorRefusesAQueryWithAnOffset() {
        assertThatThrownBy(() -> Select.of(Fruit_.ENTITY).offset(4).cursorBy(Fruit_.ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OFFSET");
    }

    @Test
    void aCursorRefusesANullableColumn() {
        assertThatThrownBy(() -> Select.of(Fruit_.ENTITY).cursorBy(Fruit_.CAKE_ID, Fruit_.ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cake_id")
                .hasMessageContaining("NOT NULL");
    }

    @Test
    void insertManyOfSeveralRowsWithoutAnyColumnNamesTheKeyWithDefault() {
        assertThat(Insert.many(List.of(FruitActiveModel.builder(), FruitActiveModel.builder())).inline(Dialects.POSTGRES))
                .isEqualTo("INSERT INTO \"fruit\" (\"id\") VALUES (DEFAULT), (DEFAULT)");
        assertThat(Insert.many(List.of(FruitActiveModel.builder())).inline(Dialects.POSTGRES))
                .isEqualTo("INSERT INTO \"fruit\" DEFAULT VALUES");
    }
}
