package io.longitude.core.instrument;

/** One answer does not fit its question; the message is the reason, for a quarantine row. */
public class InvalidAnswerException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidAnswerException(String reason) {
        super(reason);
    }
}
