package io.longitude.ingest.validation;

import io.longitude.ingest.IngestErrorCode;
import java.util.Objects;

/**
 * An answer of an accepted row that was set aside (quarantined, the answer missing in the row) or read generously (a note).
 *
 * @param code why it was set aside; null for a note
 */
public record FieldIssue(IngestErrorCode code, String field, String value, String reason) {
    public FieldIssue {
        Objects.requireNonNull(field, "field is null");
        Objects.requireNonNull(reason, "reason is null");
        value = value == null ? "" : value;
    }

    public boolean note() {
        return code == null;
    }
}
