package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.query.RawQuery;
import dev.tideorm.core.sql.SqlType;
import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.List;
import reactor.test.StepVerifier;

/** Raw SQL with bound values and typed mapping (SeaORM's FromQueryResult over raw SQL). */
class RawQueryIT {

    record CakeFruits(String cake, long fruits) {
    }

    private static final String JOIN = "SELECT c.\"name\" AS \"cake\", COUNT(f.\"id\") AS \"fruits\" FROM \"cake\" c "
            + "LEFT JOIN \"fruit\" f ON f.\"cake_id\" = c.\"id\" WHERE c.\"name\" LIKE $1 GROUP BY c.\"name\" "
            + "ORDER BY c.\"name\"";

    @DbTest
    void aJoinMapsIntoARecord(TestDb db) {
        Fixtures.cakes(db, "apple", "apricot", "pear");
        db.exec("INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ('a', 1), ('b', 1), ('c', 3)");
        RawQuery.sql(JOIN, "ap%")
                .map(row -> new CakeFruits(row.get("cake", String.class), row.get("fruits", Long.class)))
                .all(db.db())
                .as(StepVerifier::create)
                .expectNext(List.of(new CakeFruits("apple", 2), new CakeFruits("apricot", 0)))
                .verifyComplete();
        assertThat(db.statements().events()).singleElement().satisfies(e -> {
            assertThat(e.sql()).isEqualTo(JOIN);
            assertThat(e.statement().binds()).containsExactly(Value.of("ap%"));
            assertThat(e.rows()).isEqualTo(2);
        });
    }

    @DbTest
    void execEmitsTheAffectedRowsAndBindsTypedNulls(TestDb db) {
        Fixtures.cakes(db, "apple");
        RawQuery.sql("INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ($1, $2), ($3, $4)",
                        "a", 1, "b", Value.nullOf(Integer.class, SqlType.INTEGER))
                .exec(db.db())
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
        RawQuery.sql("UPDATE \"fruit\" SET \"cake_id\" = $1 WHERE \"cake_id\" IS NULL", 1).exec(db.db())
                .as(StepVerifier::create).expectNext(1L).verifyComplete();
        assertThat(db.rows("SELECT COUNT(*) AS \"n\" FROM \"fruit\" WHERE \"cake_id\" = 1"))
                .singleElement().satisfies(r -> assertThat(((Number) r.get("n")).longValue()).isEqualTo(2));
    }

    @DbTest
    void theDbConnSeamTakesRawStatementsToo(TestDb db) {
        Fixtures.cakes(db, "apple", "pear");
        db.db().query(Statement.raw("SELECT \"name\" FROM \"cake\" WHERE \"id\" = $1", List.of(Value.of(2))),
                        row -> row.get(0, String.class))
                .as(StepVerifier::create).expectNext("pear").verifyComplete();
        db.db().execute(Statement.of("DELETE FROM \"cake\""))
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
    }

    @DbTest
    void rawQueriesJoinTheContextTransaction(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.db().transaction(tx -> RawQuery.sql("INSERT INTO \"cake\" (\"name\") VALUES ($1)", "x").exec(db.db())
                        .then(RawQuery.sql("SELECT COUNT(*) FROM \"cake\"").map(r -> r.get(0, Long.class)).one(db.db())))
                .as(StepVerifier::create).expectNext(1L).verifyComplete();
        assertThat(db.statements().all()).containsExactly("BEGIN", "INSERT INTO \"cake\" (\"name\") VALUES ($1)",
                "SELECT COUNT(*) FROM \"cake\"", "COMMIT");
    }
}
