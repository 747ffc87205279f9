package dev.tideorm.spring;

import dev.tideorm.core.error.AttrNotSetException;
import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.ConstraintViolationException;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.DeadlockException;
import dev.tideorm.core.error.KeyArityException;
import dev.tideorm.core.error.LockTimeoutException;
import dev.tideorm.core.error.PrimaryKeyNotSetException;
import dev.tideorm.core.error.QueryException;
import dev.tideorm.core.error.RecordNotFoundException;
import dev.tideorm.core.error.RecordNotInsertedException;
import dev.tideorm.core.error.RecordNotUpdatedException;
import dev.tideorm.core.error.SerializationFailureException;
import dev.tideorm.core.error.TooManyParametersException;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.core.error.UnsupportedByDialectException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
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
import org.springframework.dao.TypeMismatchDataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns TideORM's {@link DbException}s into Spring's {@link DataAccessException} family, for code written against
 * Spring's exceptions (retry on {@code TransientDataAccessException}, a handler for {@code DuplicateKeyException}).
 * The TideORM exception is always the cause, and the message is its message (which names the SQL).
 * TideORM itself keeps signalling its own types: translation happens only where asked for.
 *
 * <table>
 * <caption>Translation</caption>
 * <tr><th>TideORM</th><th>Spring</th></tr>
 * <tr><td>{@code UniqueViolationException}</td><td>{@link DuplicateKeyException}</td></tr>
 * <tr><td>{@code ForeignKeyViolationException}, {@code NotNullViolationException},
 *     {@code ConstraintViolationException}</td><td>{@link DataIntegrityViolationException}</td></tr>
 * <tr><td>{@code SerializationFailureException} (40001), {@code LockTimeoutException}</td>
 *     <td>{@link CannotAcquireLockException} (what spring-r2dbc gives for 40001)</td></tr>
 * <tr><td>{@code DeadlockException}</td><td>{@link PessimisticLockingFailureException}</td></tr>
 * <tr><td>{@code RecordNotFoundException}</td><td>{@link EmptyResultDataAccessException} (expected size 1)</td></tr>
 * <tr><td>{@code RecordNotUpdatedException}, {@code RecordNotInsertedException}</td>
 *     <td>{@link IncorrectUpdateSemanticsDataAccessException}</td></tr>
 * <tr><td>{@code ConnectionException}</td><td>{@link DataAccessResourceFailureException}</td></tr>
 * <tr><td>{@code TypeConversionException}</td><td>{@link TypeMismatchDataAccessException}</td></tr>
 * <tr><td>{@code TooManyParametersException}, {@code UnsupportedByDialectException}, {@code AttrNotSetException},
 *     {@code PrimaryKeyNotSetException}, {@code KeyArityException}</td>
 *     <td>{@link InvalidDataAccessApiUsageException}</td></tr>
 * <tr><td>other {@code QueryException}s, by SQLSTATE</td><td>42501 {@link PermissionDeniedDataAccessException};
 *     other 42 {@link InvalidDataAccessResourceUsageException}; 57014 {@link QueryTimeoutException};
 *     08, 53 {@link DataAccessResourceFailureException}; 22, 23 {@link DataIntegrityViolationException};
 *     other 40 {@link PessimisticLockingFailureException}</td></tr>
 * <tr><td>anything else</td><td>{@link TideOrmDataAccessException}</td></tr>
 * </table>
 *
 * <p>Spring's deprecated {@code CannotSerializeTransactionException} and {@code DeadlockLoserDataAccessException}
 * are not used; the three lock failures above are all {@code PessimisticLockingFailureException}s, hence
 * {@code TransientDataAccessException}s.
 *
 * <pre>{@code
 * User_.findByEmail(email).one(db)
 *     .onErrorMap(DbException.class, DbExceptionTranslator::translate)       // or .transform(DbExceptionTranslator::translating)
 * }</pre>
 *
 * <p>As a bean it is also a {@link PersistenceExceptionTranslator}, for Spring's
 * {@code PersistenceExceptionTranslationPostProcessor} (which sees exceptions thrown, not signalled). Stateless and
 * thread-safe.
 */
public final class DbExceptionTranslator implements PersistenceExceptionTranslator {

    /** A translator; all instances behave the same. */
    public DbExceptionTranslator() {
    }

    /** The translation of {@code ex} when it is a TideORM {@link DbException}; null otherwise (Spring's contract). */
    @Override
    public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
        return ex instanceof DbException db ? translate(db) : null;
    }

    /** The Spring exception for {@code ex} (see the table above); never null. */
    public static DataAccessException translate(DbException ex) {
        String m = ex.getMessage();
        if (ex instanceof UniqueViolationException) {
            return new DuplicateKeyException(m, ex);
        }
        if (ex instanceof ConstraintViolationException) {
            return new DataIntegrityViolationException(m, ex);
        }
        if (ex instanceof SerializationFailureException || ex instanceof LockTimeoutException) {
            return new CannotAcquireLockException(m, ex);
        }
        if (ex instanceof DeadlockException) {
            return new PessimisticLockingFailureException(m, ex);
        }
        if (ex instanceof TooManyParametersException) {
            return new InvalidDataAccessApiUsageException(m, ex);
        }
        if (ex instanceof QueryException) {
            return bySqlState(ex);
        }
        if (ex instanceof RecordNotFoundException) {
            return new EmptyResultDataAccessException(m, 1, ex);
        }
        if (ex instanceof RecordNotUpdatedException || ex instanceof RecordNotInsertedException) {
            return new IncorrectUpdateSemanticsDataAccessException(m, ex);
        }
        if (ex instanceof ConnectionException) {
            return new DataAccessResourceFailureException(m, ex);
        }
        if (ex instanceof TypeConversionException) {
            return new TypeMismatchDataAccessException(m, ex);
        }
        if (ex instanceof UnsupportedByDialectException || ex instanceof AttrNotSetException
                || ex instanceof PrimaryKeyNotSetException || ex instanceof KeyArityException) {
            return new InvalidDataAccessApiUsageException(m, ex);
        }
        return new TideOrmDataAccessException(ex);
    }

    /** A statement failure that TideORM has no finer type for, classified by its SQLSTATE as Spring JDBC does. */
    private static DataAccessException bySqlState(DbException ex) {
        String m = ex.getMessage();
        String state = ex.sqlState();
        String cls = state != null && state.length() >= 2 ? state.substring(0, 2) : "";
        if ("42501".equals(state)) {
            return new PermissionDeniedDataAccessException(m, ex);
        }
        if ("57014".equals(state)) {
            return new QueryTimeoutException(m, ex);
        }
        return switch (cls) {
            case "42" -> new InvalidDataAccessResourceUsageException(m, ex);
            case "08", "53" -> new DataAccessResourceFailureException(m, ex);
            case "22", "23" -> new DataIntegrityViolationException(m, ex);
            case "40" -> new PessimisticLockingFailureException(m, ex);
            default -> new TideOrmDataAccessException(ex);
        };
    }

    /** {@code t} translated when it is a {@link DbException}, else {@code t} itself: for {@code onErrorMap}. */
    public static Throwable translateIfDbException(Throwable t) {
        return t instanceof DbException db ? translate(db) : t;
    }

    /** {@link #translateIfDbException} as a function, for {@code onErrorMap(DbExceptionTranslator.errorMapper())}. */
    public static Function<Throwable, Throwable> errorMapper() {
        return DbExceptionTranslator::translateIfDbException;
    }

    /**
     * {@code source} with its {@link DbException} error, if any, translated; other signals pass unchanged. For
     * {@code mono.transform(DbExceptionTranslator::translating)}.
     */
    public static <T> Mono<T> translating(Mono<T> source) {
        return source.onErrorMap(DbException.class, DbExceptionTranslator::translate);
    }

    /** {@link #translating(Mono)} for a {@code Flux}. */
    public static <T> Flux<T> translating(Flux<T> source) {
        return source.onErrorMap(DbException.class, DbExceptionTranslator::translate);
    }
}
