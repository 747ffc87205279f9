package dev.tideorm.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tideorm.core.error.AttrNotSetException;
import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.ConstraintViolationException;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.DeadlockException;
import dev.tideorm.core.error.ForeignKeyViolationException;
import dev.tideorm.core.error.GraphException;
import dev.tideorm.core.error.HookVetoException;
import dev.tideorm.core.error.KeyArityException;
import dev.tideorm.core.error.LockTimeoutException;
import dev.tideorm.core.error.NotNullViolationException;
import dev.tideorm.core.error.PrimaryKeyNotSetException;
import dev.tideorm.core.error.QueryException;
import dev.tideorm.core.error.RecordNotFoundException;
import dev.tideorm.core.error.RecordNotInsertedException;
import dev.tideorm.core.error.RecordNotUpdatedException;
import dev.tideorm.core.error.SchemaException;
import dev.tideorm.core.error.SerializationFailureException;
import dev.tideorm.core.error.TooManyParametersException;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.error.UnsupportedByDialectException;
import dev.tideorm.core.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TypeMismatchDataAccessException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class DbExceptionTranslatorTest {
    private static final Statement ST = Statement.of("INSERT INTO \"t\" (\"a\") VALUES ($1)");

    private static QueryException query(String sqlState) {
        return new QueryException("failed", ST, sqlState, null);
    }

    static Stream<Arguments> translations() {
        return Stream.of(
                arguments(new UniqueViolationException("dup", "t", "t_a_key", ST, "23505", null),
                        DuplicateKeyException.class),
                arguments(new ForeignKeyViolationException("fk", "t", "fk", ST, "23503", null),
                        DataIntegrityViolationException.class),
                arguments(new NotNullViolationException("nn", "t", null, ST, "23502", null),
                        DataIntegrityViolationException.class),
                arguments(new ConstraintViolationException("check", "t", "ck", ST, "23514", null),
                        DataIntegrityViolationException.class),
                arguments(new SerializationFailureException("ser", ST, "40001", null), CannotAcquireLockException.class),
                arguments(new LockTimeoutException("lock", ST, "55P03", null), CannotAcquireLockException.class),
                arguments(new DeadlockException("dl", ST, "40P01", null), PessimisticLockingFailureException.class),
                arguments(new RecordNotFoundException("none"), EmptyResultDataAccessException.class),
                arguments(new RecordNotUpdatedException("none updated"),
                        IncorrectUpdateSemanticsDataAccessException.class),
                arguments(new RecordNotInsertedException("none inserted"),
                        IncorrectUpdateSemanticsDataAccessException.class),
                arguments(new ConnectionException("down"), DataAccessResourceFailureException.class),
                arguments(new TypeConversionException("not an int"), TypeMismatchDataAccessException.class),
                arguments(new TooManyParametersException("too many", ST, 70_000, 65_535),
                        InvalidDataAccessApiUsageException.class),
                arguments(new UnsupportedByDialectException("H2", "RETURNING"), InvalidDataAccessApiUsageException.class),
                arguments(new AttrNotSetException("name"), InvalidDataAccessApiUsageException.class),
                arguments(new PrimaryKeyNotSetException("update", "t"), InvalidDataAccessApiUsageException.class),
                arguments(new KeyArityException("2 keys expected"), InvalidDataAccessApiUsageException.class),
                arguments(query("42P01"), InvalidDataAccessResourceUsageException.class),
                arguments(query("42501"), PermissionDeniedDataAccessException.class),
                arguments(query("57014"), QueryTimeoutException.class),
                arguments(query("53300"), DataAccessResourceFailureException.class),
                arguments(query("22003"), DataIntegrityViolationException.class),
                arguments(query("40003"), PessimisticLockingFailureException.class),
                arguments(query("XX000"), TideOrmDataAccessException.class),
                arguments(new QueryException("no state", ST, null, null), TideOrmDataAccessException.class),
                arguments(new GraphException("cycle"), TideOrmDataAccessException.class),
                arguments(new HookVetoException("vetoed"), TideOrmDataAccessException.class),
                arguments(new SchemaException("refused"), TideOrmDataAccessException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translations")
    void translatesToTheMatchingSpringExceptionKeepingTheOriginalAsCause(DbException ex,
                                                                      Class<? extends DataAccessException> expected) {
        DataAccessException translated = DbExceptionTranslator.translate(ex);
        assertThat(translated).isExactlyInstanceOf(expected).hasCause(ex);
        assertThat(translated.getMessage()).isEqualTo(ex.getMessage());
        assertThat(new DbExceptionTranslator().translateExceptionIfPossible(ex)).isExactlyInstanceOf(expected);
    }

    @Test
    void lockFailuresAreTransientForSpringRetries() {
        assertThat(DbExceptionTranslator.translate(new SerializationFailureException("s", ST, "40001", null)))
                .isInstanceOf(TransientDataAccessException.class);
        assertThat(DbExceptionTranslator.translate(new DeadlockException("d", ST, "40P01", null)))
                .isInstanceOf(TransientDataAccessException.class);
    }

    @Test
    void recordNotFoundExpectsOneRow() {
        EmptyResultDataAccessException e = (EmptyResultDataAccessException)
                DbExceptionTranslator.translate(new RecordNotFoundException("none"));
        assertThat(e.getExpectedSize()).isEqualTo(1);
        assertThat(e.getActualSize()).isZero();
    }

    @Test
    void theUncategorizedExceptionExposesTheTideOrmOne() {
        GraphException cycle = new GraphException("cycle");
        assertThat(((TideOrmDataAccessException) DbExceptionTranslator.translate(cycle)).dbException()).isSameAs(cycle);
    }

    @Test
    void otherExceptionsAreNotTranslated() {
        IllegalStateException other = new IllegalStateException("x");
        assertThat(new DbExceptionTranslator().translateExceptionIfPossible(other)).isNull();
        assertThat(DbExceptionTranslator.translateIfDbException(other)).isSameAs(other);
    }

    @Test
    void reactiveHelpersTranslateTheErrorSignal() {
        UniqueViolationException dup = new UniqueViolationException("dup", "t", null, ST, "23505", null);
        Mono.<String>error(dup).transform(DbExceptionTranslator::translating)
                .as(StepVerifier::create).verifyErrorSatisfies(e -> assertThat(e)
                        .isInstanceOf(DuplicateKeyException.class).hasCause(dup));
        Flux.<String>error(new RecordNotFoundException("none")).transform(DbExceptionTranslator::translating)
                .as(StepVerifier::create).verifyError(EmptyResultDataAccessException.class);
        Mono.<String>error(new IllegalStateException("x")).onErrorMap(DbExceptionTranslator.errorMapper())
                .as(StepVerifier::create).verifyError(IllegalStateException.class);
        Mono.just("ok").transform(DbExceptionTranslator::translating)
                .as(StepVerifier::create).expectNext("ok").verifyComplete();
    }
}
