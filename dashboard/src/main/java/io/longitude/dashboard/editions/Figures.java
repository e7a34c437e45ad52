package io.longitude.dashboard.editions;

import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.charts.ChartKind;
import io.longitude.dashboard.charts.MetricSelection;
import io.longitude.dashboard.charts.RowFormat;
import io.longitude.dashboard.charts.Texts;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Builds the text tables of the edition page from the same metric rows the charts draw. */
public final class Figures {
    private static final DateTimeFormatter AS_OF =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Figures() {}

    /** When the rows were computed and from which table versions: {@code 2026-05-01 10:00 UTC · editions=0,…}. */
    public static String asOf(MetricValue row) {
        return AS_OF.format(row.computedAt()) + " · " + row.inputVersions();
    }

    public static Figure of(ChartKind kind, List<MetricValue> edition, Texts texts, Locale locale) {
        List<MetricValue> rows = MetricSelection.rows(kind, edition);
        List<MetricValue> own =
                rows.stream().filter(row -> !row.editionId().isEmpty()).toList();
        long n = (own.isEmpty() ? rows : own)
                .stream().mapToLong(MetricValue::n).max().orElse(0);
        String asOf = rows.stream()
                .max(java.util.Comparator.comparing(MetricValue::computedAt))
                .map(Figures::asOf)
                .orElse("");
        return new Figure(
                kind.slug(),
                kind.metric().id(),
                texts.get("chart." + kind.slug()),
                kind.metric().name().in(locale),
                n,
                asOf,
                rows.stream().map(row -> row(kind, row, texts, locale)).toList(),
                kind.folded());
    }

    private static FigureRow row(ChartKind kind, MetricValue row, Texts texts, Locale locale) {
        String key = row.editionId() + "|" + row.wave() + "|" + row.key().text();
        RowFormat format = kind.format(row);
        String display = row.computable() ? format.value(row, locale) : texts.get("value.not-computable");
        return new FigureRow(
                kind.label(row, texts),
                key,
                row.value(),
                display,
                format.interval(row, locale),
                row.n(),
                row.status().code(),
                row.note() == null ? "" : row.note(),
                kind.technical(row));
    }
}
