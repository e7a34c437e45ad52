package io.longitude.core.instrument;

/** An instrument definition cannot be read: the message names the file and the key. */
public class InstrumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InstrumentException(String message) {
        super(message);
    }

    public InstrumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
