package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.error.ConstraintViolationException;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.ForeignKeyViolationException;
import dev.tideorm.core.error.NotNullViolationException;
import dev.tideorm.core.error.QueryException;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.core.sql.SqlType;
import dev.tideorm.core.sql.Value;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import io.r2dbc.spi.R2dbcException;
import java.util.function.Consumer;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Driver errors become typed DbExceptions once, at the executor boundary, without bound values in messages. */
class ErrorsIT {
    private static final String SECRET = "s3cret-value";

    private static Consumer<Throwable> translated(Class<? extends DbException> type, String sql, String sqlState) {
        return e -> {
            assertThat(e).isInstanceOf(type);
            DbException db = (DbException) e;
            assertThat(db.statement()).isNotNull();
            assertThat(db.statement().sql()).isEqualTo(sql);
            assertThat(db.sqlState()).isEqualTo(sqlState);
            assertThat(db.getMessage()).contains("[SQL: " + sql + "]").doesNotContain(SECRET);
            assertThat(db.getCause()).isInstanceOf(R2dbcException.class).isNotInstanceOf(DbException.class);
        };
    }

    private static Mono<Long> insertCake(TestDb db, String name) {
        return RawQuery.sql("INSERT INTO \"cake\" (\"name\") VALUES ($1)", name).exec(db.db());
    }

    @DbTest
    void uniqueViolationNamesTableAndConstraintAndLeavesNothingBehind(TestDb db) {
        Fixtures.cakes(db, SECRET);
        String sql = "INSERT INTO \"cake\" (\"name\") VALUES ($1)";
        insertCake(db, SECRET)
                .as(StepVerifier::create)
                .verifyErrorSatisfies(translated(UniqueViolationException.class, sql, "23505").andThen(e -> {
                    UniqueViolationException u = (UniqueViolationException) e;
                    assertThat(u.table()).isEqualTo("cake");
                    assertThat(u.constraint()).isEqualTo("cake_name_key");
                    assertThat(u).hasMessageStartingWith("unique constraint \"cake_name_key\" on table \"cake\" violated");
                }));
        assertThat(db.countRows("cake")).isEqualTo(1);
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void foreignKeyViolationOnInsertNamesTheConstraint(TestDb db) {
        Fixtures.cakesAndFruits(db);
        String sql = "INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ($1, $2)";
        RawQuery.sql(sql, SECRET, 987654).exec(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(translated(ForeignKeyViolationException.class, sql,
                        db.kind() == TestDb.Kind.POSTGRES ? "23503" : "23506").andThen(e -> {
                    ForeignKeyViolationException fk = (ForeignKeyViolationException) e;
                    assertThat(fk.constraint()).isEqualTo("fk-fruit-cake_id");
                    assertThat(fk.table()).isEqualTo("fruit");
                    assertThat(fk).hasMessageNotContaining("987654");
                }));
        assertThat(db.countRows("fruit")).isZero();
    }

    @DbTest
    void foreignKeyViolationOnDeleteNamesTheReferencingTable(TestDb db) {
        Fixtures.cakes(db, "apple");
        db.exec("INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ('pip', 1)");
        String sql = "DELETE FROM \"cake\" WHERE \"id\" = $1";
        RawQuery.sql(sql, 1).exec(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(translated(ForeignKeyViolationException.class, sql, "23503").andThen(e ->
                        assertThat(((ForeignKeyViolationException) e).constraint()).isEqualTo("fk-fruit-cake_id")));
        assertThat(db.countRows("cake")).isEqualTo(1);
    }

    @DbTest
    void notNullViolationNamesTheColumn(TestDb db) {
        Fixtures.cakesAndFruits(db);
        String sql = "INSERT INTO \"cake\" (\"name\") VALUES ($1)";
        RawQuery.sql(sql, Value.nullOf(String.class, SqlType.VARCHAR)).exec(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(translated(NotNullViolationException.class, sql, "23502").andThen(e ->
                        assertThat(e).hasMessageStartingWith("NULL in NOT NULL column \"name\"")));
    }

    @DbTest
    void aValueOfTheWrongTypeForAColumnIsATypeConversionError(TestDb db) {
        Fixtures.cakesAndFruits(db);
        String sql = "INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ($1, $2)";
        RawQuery.sql(sql, "pip", SECRET).exec(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(translated(TypeConversionException.class, sql,
                        db.kind() == TestDb.Kind.POSTGRES ? "42804" : "22018").andThen(e ->
                        assertThat(e).hasMessageContaining("for column \"cake_id\"")));
    }

    @DbTest
    void aValueTooLongIsADataErrorWithoutTheValue(TestDb db) {
        Fixtures.cakesAndFruits(db);
        String sql = "INSERT INTO \"cake\" (\"name\") VALUES ($1)";
        RawQuery.sql(sql, SECRET.repeat(20)).exec(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(translated(TypeConversionException.class, sql, "22001").andThen(e ->
                        assertThat(e).hasMessageContaining("too long")));
    }

    @DbTest
    void otherConstraintsAreConstraintViolations(TestDb db) {
        db.exec("DROP TABLE IF EXISTS \"checked\"",
                "CREATE TABLE \"checked\" (\"n\" INTEGER, CONSTRAINT \"n_positive\" CHECK (\"n\" > 0))");
        String sql = "INSERT INTO \"checked\" (\"n\") VALUES ($1)";
        RawQuery.sql(sql, -5).exec(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(translated(ConstraintViolationException.class, sql,
                        db.kind() == TestDb.Kind.POSTGRES ? "23514" : "23513").andThen(e -> {
                    assertThat(e).isExactlyInstanceOf(ConstraintViolationException.class);
                    assertThat(((ConstraintViolationException) e).constraint()).isEqualTo("n_positive");
                }));
    }

    @DbTest
    void syntaxErrorsAndMissingTablesAreQueryErrorsCarryingTheSql(TestDb db) {
        RawQuery.sql("SELEC 1").exec(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> {
                    assertThat(e).isExactlyInstanceOf(QueryException.class).hasMessageContaining("[SQL: SELEC 1]");
                    assertThat(((QueryException) e).sqlState()).startsWith("42");
                });
        RawQuery.sql("SELECT * FROM \"no_such_table\"").map(row -> 1).all(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(QueryException.class)
                        .hasMessageContaining("no_such_table"));
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void aServerErrorOutsideTheConnectionClassIsAQueryErrorNotAConnectionError(TestDb db) {
        Fixtures.cakes(db, "a");
        // r2dbc-postgresql reports SQLSTATE classes it does not sort (25, 3B, 55, 57, P0, ...) as a
        // "non-transient resource" exception; only the SQLSTATE says whether the connection failed.
        String release = "RELEASE SAVEPOINT \"no_such_savepoint\"";
        StepVerifier.FirstStep<Long> unknownSavepoint = db.db().transaction(tx -> RawQuery.sql(release).exec(tx))
                .as(StepVerifier::create);
        if (db.kind() == TestDb.Kind.POSTGRES) {
            unknownSavepoint.verifyErrorSatisfies(e -> {
                assertThat(e).isExactlyInstanceOf(QueryException.class).hasMessageStartingWith("statement failed");
                assertThat(((QueryException) e).sqlState()).isEqualTo("3B001");
                assertThat(((QueryException) e).statement().sql()).isEqualTo(release);
            });
        } else {
            unknownSavepoint.expectNext(0L).verifyComplete();   // H2 ignores an unknown savepoint
        }

        String count = "SELECT COUNT(*) FROM \"cake\"";
        StepVerifier.FirstStep<Long> afterAFailure = db.db()
                .transaction(tx -> insertCakeIn(tx, "a")
                        .onErrorResume(UniqueViolationException.class, e -> Mono.just(0L))
                        .then(RawQuery.sql(count).map(row -> row.get(0, Long.class)).one(tx)))
                .as(StepVerifier::create);
        if (db.kind() == TestDb.Kind.POSTGRES) {
            afterAFailure.verifyErrorSatisfies(e -> {
                assertThat(e).isExactlyInstanceOf(QueryException.class)
                        .hasMessageContaining("current transaction is aborted").hasMessageContaining("[SQL: " + count);
                assertThat(((QueryException) e).sqlState()).isEqualTo("25P02");
            });
        } else {
            afterAFailure.expectNext(1L).verifyComplete();      // H2 carries on after a failed statement
        }
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    private static Mono<Long> insertCakeIn(DbConn conn, String name) {
        return RawQuery.sql("INSERT INTO \"cake\" (\"name\") VALUES ($1)", name).exec(conn);
    }
}
