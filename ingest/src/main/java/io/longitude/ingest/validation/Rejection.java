package io.longitude.ingest.validation;

import io.longitude.ingest.IngestErrorCode;
import java.util.Objects;

/**
 * A quarantine line: the file, the line the row starts on, the field, its value, the code and the reason; what became
 * of it ({@link Outcome}); and for an accepted row the row's key in its table ({@code table|natural key values}), so
 * that a later file filling the answer can mark it superseded.
 *
 * @param code why; null only for a {@link Outcome#NOTE}
 */
public record Rejection(
        String file,
        long line,
        String field,
        String value,
        IngestErrorCode code,
        String reason,
        Outcome outcome,
        String key) {
    public Rejection {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(outcome, "outcome is null");
        if (code == null && outcome != Outcome.NOTE) {
            throw new IllegalArgumentException(
                    "Cannot quarantine " + file + ":" + line + ", a " + outcome.code() + " needs a code");
        }
        field = field == null ? "" : field;
        value = value == null ? "" : value;
        key = key == null ? "" : key;
    }

    /** A row rejected whole. */
    public Rejection(String file, long line, String field, String value, IngestErrorCode code, String reason) {
        this(file, line, field, value, code, reason, Outcome.REJECTED, "");
    }

    static Rejection of(String file, long line, RowRejection rejection) {
        return new Rejection(file, line, rejection.field(), rejection.value(), rejection.code(), rejection.reason());
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + reason
                + (value.isEmpty() ? "" : " (value '" + value + "')");
    }
}
