package dev.tideorm.examples.webflux;

import java.util.List;

/** A request body that does not describe a valid user; answered with 400 and the list of problems. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** For the given problems ({@code "email: must be an e-mail address"}). */
    public InvalidInputException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** What is wrong, one entry per field. */
    public List<String> problems() {
        return problems;
    }
}
