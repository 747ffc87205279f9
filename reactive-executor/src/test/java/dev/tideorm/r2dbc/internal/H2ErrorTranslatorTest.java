package dev.tideorm.r2dbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.ConstraintViolationException;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.ForeignKeyViolationException;
import dev.tideorm.core.error.LockTimeoutException;
import dev.tideorm.core.error.NotNullViolationException;
import dev.tideorm.core.error.QueryException;
import dev.tideorm.core.error.SerializationFailureException;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.sql.Statement;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.h2.H2DatabaseExceptionFactory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** H2 message shapes (captured from H2 2.4.240) parsed into names, without the quoted values. */
class H2ErrorTranslatorTest {
    private static final Statement SQL = Statement.of("INSERT ...");
    private final H2ErrorTranslator translator = new H2ErrorTranslator();

    private DbException translate(String state, String message) {
        R2dbcException e = new R2dbcDataIntegrityViolationException(message + "; SQL statement:\nINSERT ... [" + state
                + "-240]", state, 0);
        return translator.translate(e, SQL);
    }

    @Test
    void uniqueConstraintBackedByAnIndex() {
        DbException e = translate("23505", "Unique index or primary key violation: \"PUBLIC.cake_name_key INDEX "
                + "PUBLIC.cake_name_key_INDEX_2 ON PUBLIC.cake(name NULLS FIRST) VALUES ( /* 1 */ 'apple' )\"");
        assertThat(e).isInstanceOf(UniqueViolationException.class)
                .hasMessage("unique constraint \"cake_name_key\" on table \"cake\" violated [SQL: INSERT ...]");
        assertThat(((UniqueViolationException) e).table()).isEqualTo("cake");
    }

    @Test
    void uniqueIndexWithAQuotedName() {
        DbException e = translate("23505", "Unique index or primary key violation: \"PUBLIC.\"\"idx-cake-n\"\" ON "
                + "PUBLIC.cake(n NULLS FIRST) VALUES ( /* 1 */ 1 )\"");
        assertThat(((UniqueViolationException) e).constraint()).isEqualTo("idx-cake-n");
        assertThat(((UniqueViolationException) e).table()).isEqualTo("cake");
    }

    @Test
    void primaryKey() {
        DbException e = translate("23505", "Unique index or primary key violation: \"PUBLIC.CONSTRAINT_2 PRIMARY KEY "
                + "ON PUBLIC.cake(id) ( /* key:1 */ 1, 'apple', 1)\"");
        assertThat(((UniqueViolationException) e).constraint()).isEqualTo("CONSTRAINT_2");
        assertThat(e).hasMessageNotContaining("apple");
    }

    @Test
    void foreignKeyBothWays() {
        String detail = "Referential integrity constraint violation: \"fk-fruit-cake_id: PUBLIC.fruit FOREIGN "
                + "KEY(cake_id) REFERENCES PUBLIC.cake(id) (99)\"";
        DbException missing = translate("23506", detail);
        assertThat(missing).isInstanceOf(ForeignKeyViolationException.class)
                .hasMessageStartingWith("foreign key constraint \"fk-fruit-cake_id\" on table \"fruit\" violated: "
                        + "fruit(cake_id) REFERENCES cake(id), referenced row missing")
                .hasMessageNotContaining("99");
        DbException stillReferenced = translate("23503", detail);
        assertThat(stillReferenced).hasMessageContaining("still referenced");
    }

    @Test
    void notNullAndCheck() {
        assertThat(translate("23502", "NULL not allowed for column \"name\""))
                .isInstanceOf(NotNullViolationException.class)
                .hasMessageStartingWith("NULL in NOT NULL column \"name\"");
        DbException check = translate("23513", "Check constraint violation: \"n_positive: \"");
        assertThat(check).isExactlyInstanceOf(ConstraintViolationException.class);
        assertThat(((ConstraintViolationException) check).constraint()).isEqualTo("n_positive");
    }

    @Test
    void dataErrorsNameTheColumnButNotTheValue() {
        assertThat(translate("22018", "Data conversion error converting \"'s3cret' (fruit: \"\"cake_id\"\" INTEGER)\""))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("value of the wrong type or size for column \"cake_id\" on table \"fruit\" "
                        + "(SQLSTATE 22018): Data conversion error converting to INTEGER")
                .hasMessageNotContaining("s3cret");
        assertThat(translate("22001", "Value too long for column \"name CHARACTER VARYING(10)\": \"'s3cret...' (16)\""))
                .hasMessageContaining("column \"name\"").hasMessageContaining("too long for CHARACTER VARYING(10)")
                .hasMessageNotContaining("s3cret");
        assertThat(translate("22004", "Numeric value out of range: \"99999999999\" in column \"n\""))
                .hasMessageContaining("column \"n\"").hasMessageNotContaining("99999999999");
        assertThat(translate("22012", "Division by zero: \"1 / 0\"")).hasMessageNotContaining("1 / 0");
    }

    @Test
    void otherErrorsKeepTheHeadlineWithoutTheSqlTail() {
        DbException e = translate("42S02", "Table \"nope\" not found");
        assertThat(e).isExactlyInstanceOf(QueryException.class)
                .hasMessage("statement failed (SQLSTATE 42S02): Table \"nope\" not found [SQL: INSERT ...]");
    }

    @Test
    void connectionErrors() {
        DbException e = translator.translate(new R2dbcNonTransientResourceException("Database is already closed",
                "90098", 90098), null);
        assertThat(e).isInstanceOf(ConnectionException.class).hasMessageContaining("Database is already closed");
        assertThat(e.isTransient()).isFalse();
    }

    /** What r2dbc-h2 makes of H2's own error {@code code}, as if raised by a statement on table "cake". */
    private DbException translateH2(int code) {
        return translator.translate(H2DatabaseExceptionFactory.convert(org.h2.message.DbException.get(code, "cake")),
                SQL);
    }

    @Test
    void deadlocksAndWriteConflictsAreSerializationFailures() {
        // H2 raises DEADLOCK_1 (40001) both for lock cycles and for REPEATABLE READ / SERIALIZABLE write conflicts.
        DbException deadlock = translateH2(ErrorCode.DEADLOCK_1);
        assertThat(deadlock).isInstanceOf(SerializationFailureException.class)
                .hasMessage("serialization failure, the transaction was rolled back (SQLSTATE 40001; re-run the whole"
                        + " transaction): Deadlock detected. The current transaction was rolled back. Details:"
                        + " \"cake\" [SQL: INSERT ...]");
        assertThat(deadlock.isTransient()).isTrue();
        assertThat(deadlock.sqlState()).isEqualTo("40001");
        assertThat(deadlock.statement()).isSameAs(SQL);

        DbException concurrentUpdate = translateH2(ErrorCode.CONCURRENT_UPDATE_1);
        assertThat(concurrentUpdate).isInstanceOf(SerializationFailureException.class)
                .hasMessageContaining("Concurrent update in table \"cake\"");
        assertThat(concurrentUpdate.sqlState()).isEqualTo("90131");
    }

    @Test
    void aLockTimeoutIsTransientNotAConnectionFailure() {
        DbException e = translateH2(ErrorCode.LOCK_TIMEOUT_1);   // an R2dbcTimeoutException, SQLSTATE HYT00
        assertThat(e).isInstanceOf(LockTimeoutException.class)
                .hasMessageStartingWith("lock not obtained in time, the statement was cancelled (SQLSTATE HYT00;")
                .hasMessageContaining("Timeout trying to lock table \"cake\"");
        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void aCancelledStatementIsNeitherTransientNorAConnectionFailure() {
        DbException e = translateH2(ErrorCode.STATEMENT_WAS_CANCELED);   // also an R2dbcTimeoutException
        assertThat(e).isExactlyInstanceOf(QueryException.class);
        assertThat(e.isTransient()).isFalse();
    }
}
