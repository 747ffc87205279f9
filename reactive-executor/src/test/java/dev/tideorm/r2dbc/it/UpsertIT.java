package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.r2dbc.it.entity.CakeActiveModel;
import dev.tideorm.r2dbc.it.entity.Cake_;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.List;
import reactor.test.StepVerifier;

/** Upserts run as rendered: ON CONFLICT on PostgreSQL, MERGE on H2. */
class UpsertIT {

    @DbTest
    void onConflictDoNothingSkipsExistingRows(TestDb db) {
        Fixtures.cakes(db, "apple");
        Cake_.insertMany(List.of(CakeActiveModel.builder().setName("apple"), CakeActiveModel.builder().setName("pear")))
                .onConflictDoNothing(Cake_.NAME)
                .exec(db.db())
                .as(StepVerifier::create)
                .expectNext(1L)
                .verifyComplete();
        assertThat(db.rows("SELECT \"name\" FROM \"cake\" ORDER BY \"id\"")).extracting(r -> r.get("name"))
                .containsExactly("apple", "pear");
    }

    @DbTest
    void onConflictDoNothingWithReturningEmitsOnlyInsertedRows(TestDb db) {
        Fixtures.cakes(db, "apple");
        Cake_.insertMany(List.of(CakeActiveModel.builder().setName("apple"), CakeActiveModel.builder().setName("pear")))
                .onConflictDoNothing(Cake_.NAME)
                .execWithReturning(db.db())
                .map(c -> c.name())
                .collectList()
                .as(StepVerifier::create)
                .expectNext(List.of("pear"))
                .verifyComplete();
    }
}
