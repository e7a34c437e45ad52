package io.longitude.dashboard.editions;

import io.longitude.core.metrics.MetricValue;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a page's figures come from, said once in its footer: when the analysis ran (in the page's locale, UTC), the
 * lake table versions it read and the job version.
 */
public record Provenance(String computedAt, String inputVersions, String jobVersion) {
    public static Optional<Provenance> of(List<MetricValue> rows, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneOffset.UTC);
        return rows.stream()
                .max(Comparator.comparing(MetricValue::computedAt))
                .map(row -> new Provenance(
                        format.format(row.computedAt()) + " UTC",
                        row.inputVersions() == null ? "" : row.inputVersions().replace(",", ", "),
                        row.jobVersion() == null ? "" : row.jobVersion()));
    }
}
