package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.HookVetoException;
import dev.tideorm.r2dbc.it.entity.Note;
import dev.tideorm.r2dbc.it.entity.NoteActiveModel;
import dev.tideorm.r2dbc.it.entity.NoteHooks;
import dev.tideorm.r2dbc.it.entity.Note_;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import reactor.test.StepVerifier;

/** Lifecycle hooks (ActiveModelBehavior) run around writes, may change the model, and veto with an error. */
class HooksIT {

    private static void notes(TestDb db, String... titles) {
        db.exec("DROP TABLE IF EXISTS \"note\"",
                "CREATE TABLE \"note\" (\"id\" " + Fixtures.serial(db) + " PRIMARY KEY, "
                        + "\"title\" VARCHAR(100) NOT NULL, \"slug\" VARCHAR(100))");
        for (String t : titles) {
            db.exec("INSERT INTO \"note\" (\"title\") VALUES ('" + t + "')");
        }
        db.statements().clear();
        NoteHooks.CALLS.clear();
    }

    @DbTest
    void insertRunsBeforeAndAfterSaveAndStoresWhatBeforeSaveChanged(TestDb db) {
        notes(db);
        NoteActiveModel.builder().setTitle("Hello World").insert(db.db())
                .as(StepVerifier::create)
                .assertNext(n -> assertThat(n.slug()).isEqualTo("hello-world"))
                .verifyComplete();
        assertThat(NoteHooks.CALLS).containsExactly("beforeSave(insert)", "afterSave(insert) 1");
        assertThat(db.rows("SELECT \"slug\" FROM \"note\"")).singleElement()
                .satisfies(r -> assertThat(r.values()).containsExactly("hello-world"));
    }

    @DbTest
    void updateRunsTheHooksWithTheUpdateFlag(TestDb db) {
        notes(db, "first");
        Note loaded = Note_.findById(1).one(db.db()).block();
        NoteActiveModel.from(loaded).setTitle("Second Title").update(db.db())
                .as(StepVerifier::create)
                .assertNext(n -> assertThat(n.slug()).isEqualTo("second-title"))
                .verifyComplete();
        assertThat(NoteHooks.CALLS).containsExactly("beforeSave(update)", "afterSave(update) 1");
    }

    @DbTest
    void aVetoInBeforeSaveFailsTheInsertAndSendsNoStatement(TestDb db) {
        notes(db);
        NoteActiveModel.builder().setTitle("forbidden").insert(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(HookVetoException.class)
                        .hasMessageContaining("not allowed"));
        assertThat(db.statements().sql()).isEmpty();
        assertThat(db.countRows("note")).isZero();
        assertThat(NoteHooks.CALLS).containsExactly("beforeSave(insert)");
    }

    @DbTest
    void aVetoInsideATransactionRollsBackTheEarlierWrites(TestDb db) {
        notes(db);
        db.db().transaction(tx -> NoteActiveModel.builder().setTitle("ok").insert(tx)
                        .then(NoteActiveModel.builder().setTitle("forbidden").insert(tx)))
                .as(StepVerifier::create)
                .verifyError(HookVetoException.class);
        assertThat(db.countRows("note")).isZero();
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void deleteRunsItsHooksAndAVetoKeepsTheRow(TestDb db) {
        notes(db, "drop me", "keep");
        NoteActiveModel.from(Note_.findById(1).one(db.db()).block()).delete(db.db())
                .as(StepVerifier::create)
                .expectNext(1L)
                .verifyComplete();
        NoteActiveModel.from(Note_.findById(2).one(db.db()).block()).delete(db.db())
                .as(StepVerifier::create)
                .verifyError(HookVetoException.class);
        assertThat(NoteHooks.CALLS).containsExactly("beforeDelete 1", "afterDelete 1", "beforeDelete 2");
        assertThat(db.countRows("note")).isEqualTo(1);
    }
}
