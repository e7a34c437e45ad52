package io.longitude.dashboard.quality;

import java.util.Objects;

/**
 * Quarantine lines of one file for one outcome and reason, counted: the page shows why and how many, never a row's values.
 *
 * @param fileName the ingested file's name
 * @param code the ingest error code, e.g. {@code INVALID_VALUE}; empty for a note
 * @param field the column or question, or ""
 * @param reason the reason, with the rejected value itself replaced by "…" wherever it appeared in it
 * @param rows how many lines share the outcome, code, field and reason (rows for a row outcome, answers for an answer)
 * @param outcome {@code rejected}, {@code pending}, {@code answer}, {@code note}, or what became of the line later:
 *     {@code accepted on retry}, {@code rejected on retry}, {@code superseded}
 */
public record QuarantineLine(String fileName, String code, String field, String reason, long rows, String outcome) {
    public QuarantineLine {
        Objects.requireNonNull(fileName, "fileName is null");
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(field, "field is null");
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(outcome, "outcome is null");
    }

    /** True when the line counts rows out of the lake (rejected or pending), not answers or notes. */
    public boolean rowLevel() {
        return outcome.equals("rejected")
                || outcome.equals("pending")
                || outcome.equals("rejected on retry")
                || outcome.equals("accepted on retry");
    }

    /** The message key of the outcome, {@code quality.outcome.<outcome with dashes>}. */
    public String outcomeKey() {
        return "quality.outcome." + outcome.replace(' ', '-');
    }
}
