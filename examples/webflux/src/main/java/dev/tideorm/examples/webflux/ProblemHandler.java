package dev.tideorm.examples.webflux;

import dev.tideorm.core.error.ConstraintViolationException;
import dev.tideorm.core.error.DbException;
import dev.tideorm.core.error.RecordNotFoundException;
import dev.tideorm.core.error.TransientQueryException;
import dev.tideorm.core.error.UniqueViolationException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * TideORM's typed errors as RFC 9457 problem details ({@code application/problem+json}). Messages name the table and
 * constraint, never the SQL nor the values. Spring's own input errors (malformed JSON, a non-numeric id) are problem
 * details too ({@code spring.webflux.problemdetails.enabled}).
 *
 * <table>
 * <caption>Status codes</caption>
 * <tr><td>{@link UniqueViolationException}</td><td>409 Conflict</td></tr>
 * <tr><td>{@link RecordNotFoundException}</td><td>404 Not Found</td></tr>
 * <tr><td>{@link InvalidInputException}, other {@link ConstraintViolationException}s</td><td>400 Bad Request</td></tr>
 * <tr><td>{@link TransientQueryException} (serialization failure, deadlock, lock timeout)</td>
 *     <td>503 Service Unavailable</td></tr>
 * <tr><td>any other {@link DbException}</td><td>500</td></tr>
 * </table>
 */
@RestControllerAdvice
public class ProblemHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String TYPES = "https://tideorm.dev/problems/";

    @ExceptionHandler
    public ProblemDetail uniqueViolation(UniqueViolationException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "duplicate", "Already exists",
                "another row already has the same unique value (" + describe(e) + ")");
        p.setProperty("table", e.table());
        p.setProperty("constraint", e.constraint());
        return p;
    }

    @ExceptionHandler
    public ProblemDetail notFound(RecordNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler
    public ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", "the request body is not "
                + "a valid user");
        p.setProperty("errors", e.problems());
        return p;
    }

    @ExceptionHandler
    public ProblemDetail constraintViolation(ConstraintViolationException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "constraint", "Invalid input",
                "the request violates " + describe(e));
        p.setProperty("table", e.table());
        p.setProperty("constraint", e.constraint());
        return p;
    }

    @ExceptionHandler
    public ProblemDetail transientFailure(TransientQueryException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "retry", "Try again",
                "the database could not complete the request now; retrying it may succeed");
    }

    @ExceptionHandler
    public ProblemDetail databaseError(DbException e) {
        LOG.error("database error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "database", "Database error",
                "the database could not complete the request");
    }

    private static String describe(ConstraintViolationException e) {
        return (e.constraint() != null ? "constraint " + e.constraint() : "constraint")
                + (e.table() != null ? " on " + e.table() : "");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPES + type));
        p.setTitle(title);
        return p;
    }
}
