package io.longitude.ingest;

/** A whole file cannot be ingested; the lake is left as it was. The message names the file. */
public class IngestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final IngestErrorCode code;

    public IngestException(IngestErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public IngestException(IngestErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public IngestErrorCode code() {
        return code;
    }
}
