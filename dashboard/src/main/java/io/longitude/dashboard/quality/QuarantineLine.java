package io.longitude.dashboard.quality;

import java.util.Objects;

/**
 * Quarantined rows of one file for one reason, counted: the page shows why and how many, never a row's values.
 *
 * @param fileName the ingested file's name
 * @param code the ingest error code, e.g. {@code INVALID_VALUE}
 * @param field the column or question, or ""
 * @param reason the reason, with the rejected value itself replaced by "…" wherever it appeared in it
 * @param rows how many quarantined rows share the code, field and reason
 */
public record QuarantineLine(String fileName, String code, String field, String reason, long rows) {
    public QuarantineLine {
        Objects.requireNonNull(fileName, "fileName is null");
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(field, "field is null");
        Objects.requireNonNull(reason, "reason is null");
    }
}
