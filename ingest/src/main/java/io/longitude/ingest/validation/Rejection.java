package io.longitude.ingest.validation;

import io.longitude.ingest.IngestErrorCode;
import java.util.Objects;

/** A quarantined row: the file, the line it starts on, the field, its value and the reason. */
public record Rejection(String file, long line, String field, String value, IngestErrorCode code, String reason) {
    public Rejection {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(reason, "reason is null");
        field = field == null ? "" : field;
        value = value == null ? "" : value;
    }

    static Rejection of(String file, long line, RowRejection rejection) {
        return new Rejection(file, line, rejection.field(), rejection.value(), rejection.code(), rejection.reason());
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + reason + (value.isEmpty() ? "" : " (value '" + value + "')");
    }
}
