package io.longitude.sql;

import java.util.Optional;

/**
 * A query the console will not run, with the reason shown to the analyst (never a stack trace), what kind of problem it
 * is, and where in the text it is when Spark says so.
 */
public class RefusedQueryException extends RuntimeException {
    /** What kind of problem: the page labels each differently, so that a typo does not read as a security refusal. */
    public enum Kind {
        /** The text is not valid SQL (a typo, a missing comma); has a line and column. */
        SYNTAX("syntax"),
        /** Valid SQL naming a view, column or function that does not exist for this user; the message lists the views. */
        UNKNOWN_NAME("unknown-name"),
        /** Valid SQL the console does not allow (a write, a command, reflection, a file, a second statement). */
        REFUSED("refused"),
        /** Valid SQL over known names that Spark cannot analyse (a type mismatch, a wrong argument count). */
        INVALID("invalid");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The value of {@code kind} in the API's error answer. */
        public String code() {
            return code;
        }
    }

    private final Kind kind;
    private final Integer line;
    private final Integer column;

    public RefusedQueryException(String reason) {
        this(Kind.REFUSED, reason, null, null);
    }

    public RefusedQueryException(Kind kind, String reason, Integer line, Integer column) {
        super(reason);
        this.kind = kind;
        this.line = line;
        this.column = column;
    }

    public Kind kind() {
        return kind;
    }

    /** The line (from 1) where Spark located the problem, when it did. */
    public Optional<Integer> line() {
        return Optional.ofNullable(line);
    }

    /** The column (from 1) where Spark located the problem, when it did. */
    public Optional<Integer> column() {
        return Optional.ofNullable(column);
    }
}
