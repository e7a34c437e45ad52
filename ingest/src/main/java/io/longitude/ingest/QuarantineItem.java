package io.longitude.ingest;

import java.util.Objects;

/**
 * One line of the quarantine as a steward reads it.
 *
 * @param batch the first 12 hex digits of the file's batch id
 * @param outcome {@code rejected}, {@code pending}, {@code answer} (the row is in the lake without this answer) or {@code note}
 * @param state {@code open}; for a pending row {@code accepted on retry} or {@code rejected on retry}; for an answer
 *     {@code superseded} (a later file filled it)
 * @param edition the row's edition when the quarantine knows it (a pending row's), else empty
 */
public record QuarantineItem(
        String batch,
        String file,
        long line,
        String field,
        String value,
        String code,
        String reason,
        String outcome,
        String state,
        String edition) {
    public QuarantineItem {
        Objects.requireNonNull(batch, "batch is null");
        Objects.requireNonNull(outcome, "outcome is null");
        Objects.requireNonNull(state, "state is null");
        edition = edition == null ? "" : edition;
    }

    public boolean pending() {
        return outcome.equals("pending") && state.equals("open");
    }

    public boolean rejected() {
        return outcome.equals("rejected") || state.equals("rejected on retry");
    }

    @Override
    public String toString() {
        return batch + " " + file + ":" + line + " " + outcome + (state.equals("open") ? "" : " (" + state + ")") + " "
                + (field.isEmpty() ? "" : field + ": ") + reason + (code.isEmpty() ? "" : " [" + code + "]")
                + (value.isEmpty() ? "" : " value '" + value + "'");
    }
}
