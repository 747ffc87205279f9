package dev.tideorm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.ForeignKeyViolationException;
import dev.tideorm.core.error.NotNullViolationException;
import dev.tideorm.core.error.RecordNotFoundException;
import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.query.RawQuery;
import dev.tideorm.spring.entity.AccountActiveModel;
import dev.tideorm.spring.entity.Account_;
import dev.tideorm.spring.entity.EntryActiveModel;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.time.Duration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Real errors of both databases, translated; Spring's own {@code DatabaseClient} agrees on the unique violation. */
class ExceptionTranslationIT {

    @DbTest
    void realConstraintViolationsBecomeSpringDataIntegrityExceptions(TestDb t) {
        try (SpringSetup s = SpringSetup.of(t)) {
            AccountActiveModel.builder().setName("a").setBalance(1).insert(s.db).block(Duration.ofSeconds(20));

            AccountActiveModel.builder().setName("a").setBalance(2).insert(s.db)
                    .transform(DbExceptionTranslator::translating)
                    .as(StepVerifier::create).verifyErrorSatisfies(e -> assertThat(e)
                            .isExactlyInstanceOf(DuplicateKeyException.class)
                            .hasCauseInstanceOf(UniqueViolationException.class));
            // Spring's own translation of the same error, for comparison.
            s.client.sql("INSERT INTO \"account\" (\"name\", \"balance\") VALUES ('a', 3)").then()
                    .as(StepVerifier::create).verifyError(DuplicateKeyException.class);

            EntryActiveModel.builder().setAccountId(999).setMemo("orphan").insert(s.db)
                    .transform(DbExceptionTranslator::translating)
                    .as(StepVerifier::create).verifyErrorSatisfies(e -> assertThat(e)
                            .isExactlyInstanceOf(DataIntegrityViolationException.class)
                            .hasCauseInstanceOf(ForeignKeyViolationException.class));

            RawQuery.sql("INSERT INTO \"account\" (\"name\", \"balance\") VALUES ($1, NULL)", "b").exec(s.db)
                    .transform(DbExceptionTranslator::translating)
                    .as(StepVerifier::create).verifyErrorSatisfies(e -> assertThat(e)
                            .isExactlyInstanceOf(DataIntegrityViolationException.class)
                            .hasCauseInstanceOf(NotNullViolationException.class));

            Account_.findById(999).one(s.db)
                    .switchIfEmpty(Mono.error(() -> new RecordNotFoundException("account 999")))
                    .onErrorMap(DbExceptionTranslator.errorMapper())
                    .as(StepVerifier::create).verifyError(EmptyResultDataAccessException.class);
        }
    }

    @DbTest
    void translatedErrorsStillRollTheSpringTransactionBack(TestDb t) {
        try (SpringSetup s = SpringSetup.of(t)) {
            AccountActiveModel.builder().setName("a").setBalance(1).insert(s.db).block(Duration.ofSeconds(20));
            AccountActiveModel.builder().setName("b").setBalance(1).insert(s.db)
                    .then(AccountActiveModel.builder().setName("a").setBalance(1).insert(s.db))
                    .transform(DbExceptionTranslator::translating)
                    .as(s.tx::transactional)
                    .as(StepVerifier::create).verifyError(DuplicateKeyException.class);
            assertThat(t.countRows("account")).isEqualTo(1);
        }
    }
}
