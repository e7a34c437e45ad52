package io.longitude.ingest.mapping;

/** A mapping file cannot be used; the message names the file and the key. */
public class MappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
