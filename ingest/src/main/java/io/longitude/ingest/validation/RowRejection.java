package io.longitude.ingest.validation;

import io.longitude.ingest.IngestErrorCode;

/** One row cannot be accepted: which field, which value and why. The row goes to quarantine. */
public class RowRejection extends Exception {
    private static final long serialVersionUID = 1L;

    private final IngestErrorCode code;
    private final String field;
    private final String value;

    public RowRejection(IngestErrorCode code, String field, String value, String reason) {
        super(reason);
        this.code = code;
        this.field = field;
        this.value = value;
    }

    public IngestErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return getMessage();
    }
}
