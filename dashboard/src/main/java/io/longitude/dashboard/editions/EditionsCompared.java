package io.longitude.dashboard.editions;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.MetricValue;
import io.longitude.core.metrics.WilsonInterval;
import io.longitude.dashboard.charts.EditionsComparedChart;
import io.longitude.dashboard.charts.RowFormat;
import io.longitude.dashboard.charts.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The "Editions compared" page: per programme, the M10 differences of each measure between editions by horizon, and
 * the headline shares (response rate from M2, integrated from M3) of every edition side by side.
 */
public final class EditionsCompared {
    /** The waves of the headline tables, when the rows hold no others. */
    static final List<String> WAVES = List.of("W0", "W1", "W2", "W3", "W4");

    private EditionsCompared() {}

    /** One programme's section. */
    public record Programme(String programmeId, List<Measure> measures, List<Headline> headlines) {}

    /** One M10 measure: its table (and chart), the largest n and the "as of" line. */
    public record Measure(String measure, String title, long n, String asOf, List<Difference> rows) {}

    /** One M10 row as the table shows it. {@code key} is {@code edition|wave|group_key}. */
    public record Difference(
            String key,
            String edition,
            String versus,
            String horizon,
            Double value,
            String display,
            String interval,
            String shares,
            long n,
            String status,
            String note) {}

    /** A headline measure across editions: one line per edition, one cell per wave. */
    /** {@code horizons} are the waves as the column headers show them, e.g. {@code W2 (+6 months)}. */
    public record Headline(
            String measure,
            String title,
            List<String> waves,
            List<String> horizons,
            List<HeadlineLine> lines,
            String asOf) {}

    public record HeadlineLine(String edition, List<HeadlineCell> cells) {}

    /** A share with its counts, or {@code value} null and {@code display} saying why. */
    public record HeadlineCell(Double value, String display, String interval, long n) {
        static final HeadlineCell EMPTY = new HeadlineCell(null, "", "", 0);
    }

    public static List<Programme> of(
            List<EditionSummary> editions, List<MetricValue> rows, Texts texts, Locale locale) {
        List<Programme> programmes = new ArrayList<>();
        for (String programme :
                editions.stream().map(EditionSummary::programmeId).distinct().toList()) {
            List<EditionSummary> own = editions.stream()
                    .filter(edition -> edition.programmeId().equals(programme))
                    .toList();
            List<MetricValue> programmeRows = rows.stream()
                    .filter(row -> row.programmeId().equals(programme))
                    .toList();
            programmes.add(new Programme(
                    programme, measures(programmeRows, texts, locale), headlines(own, programmeRows, texts, locale)));
        }
        return programmes;
    }

    /** The M10 measures present in the rows (the three known ones first), each with its table. */
    static List<Measure> measures(List<MetricValue> rows, Texts texts, Locale locale) {
        List<MetricValue> compared = rows.stream()
                .filter(row ->
                        row.is(MetricCatalogue.EDITIONS) && !row.editionId().isEmpty())
                .toList();
        List<String> measures = Stream.concat(
                        EditionsComparedChart.MEASURES.stream(),
                        compared.stream().map(EditionsComparedChart::measure).sorted())
                .distinct()
                .filter(measure -> compared.stream()
                        .anyMatch(row -> EditionsComparedChart.measure(row).equals(measure)))
                .toList();
        List<Measure> result = new ArrayList<>();
        for (String measure : measures) {
            List<MetricValue> selected = EditionsComparedChart.rows(measure, compared);
            result.add(new Measure(
                    measure,
                    texts.get("compared.measure." + measure),
                    selected.stream().mapToLong(MetricValue::n).max().orElse(0),
                    asOf(selected),
                    selected.stream().map(row -> difference(row, texts, locale)).toList()));
        }
        return result;
    }

    static Difference difference(MetricValue row, Texts texts, Locale locale) {
        String display = row.computable() ? RowFormat.POINTS.value(row, locale) : texts.get("value.not-computable");
        String shares = row.numerator() == null || row.denominator() == null
                ? ""
                : String.format(locale, "%.1f %% − %.1f %%", row.numerator() * 100, row.denominator() * 100);
        return new Difference(
                row.editionId() + "|" + row.wave() + "|" + row.key().text(),
                row.editionId(),
                EditionsComparedChart.versus(row),
                EditionsComparedChart.horizon(row.wave(), texts),
                row.value(),
                display,
                RowFormat.POINTS.interval(row, locale),
                shares,
                row.n(),
                row.status().code(),
                row.note() == null ? "" : row.note());
    }

    /** Response rate (M2 {@code response_rate}) and share integrated (M3 {@code level=1} + {@code level=2}) per edition and wave. */
    static List<Headline> headlines(List<EditionSummary> editions, List<MetricValue> rows, Texts texts, Locale locale) {
        List<MetricValue> own =
                rows.stream().filter(row -> !row.editionId().isEmpty()).toList();
        List<MetricValue> rates = own.stream()
                .filter(row ->
                        row.is(MetricCatalogue.RESPONSE) && row.key().equals(new GroupKey.Label("response_rate")))
                .toList();
        List<MetricValue> levels = own.stream()
                .filter(row -> row.is(MetricCatalogue.INTEGRATION)
                        && row.key() instanceof GroupKey.Level level
                        && !level.weighted())
                .toList();
        List<String> waves = Stream.concat(rates.stream(), levels.stream())
                .map(MetricValue::wave)
                .distinct()
                .sorted()
                .toList();
        if (waves.isEmpty()) {
            return List.of();
        }
        List<HeadlineLine> rateLines = new ArrayList<>();
        List<HeadlineLine> integratedLines = new ArrayList<>();
        for (EditionSummary edition : editions) {
            List<HeadlineCell> rateCells = new ArrayList<>();
            List<HeadlineCell> integratedCells = new ArrayList<>();
            for (String wave : waves) {
                rateCells.add(rates.stream()
                        .filter(row -> row.editionId().equals(edition.editionId())
                                && row.wave().equals(wave))
                        .findFirst()
                        .map(row -> cell(row, texts, locale))
                        .orElse(HeadlineCell.EMPTY));
                integratedCells.add(integrated(
                        levels.stream()
                                .filter(row -> row.editionId().equals(edition.editionId())
                                        && row.wave().equals(wave))
                                .toList(),
                        texts,
                        locale));
            }
            rateLines.add(new HeadlineLine(edition.editionId(), rateCells));
            integratedLines.add(new HeadlineLine(edition.editionId(), integratedCells));
        }
        List<String> horizons = waves.stream()
                .map(wave -> EditionsComparedChart.horizon(wave, texts))
                .toList();
        return List.of(
                new Headline(
                        "response_rate",
                        texts.get("compared.measure.response_rate"),
                        waves,
                        horizons,
                        rateLines,
                        asOf(rates)),
                new Headline(
                        "integrated",
                        texts.get("compared.measure.integrated"),
                        waves,
                        horizons,
                        integratedLines,
                        asOf(levels)));
    }

    private static HeadlineCell cell(MetricValue row, Texts texts, Locale locale) {
        if (!row.computable()) {
            return new HeadlineCell(null, texts.get("status." + row.status()), "", row.n());
        }
        return new HeadlineCell(
                row.value(), RowFormat.SHARE.value(row, locale), RowFormat.SHARE.interval(row, locale), row.n());
    }

    /**
     * The share at level 1 or 2 of a wave's complete-case rows: (numerator of level=1 + of level=2) / their common
     * denominator, with its Wilson interval. Not computable when a level's row is missing, not ok, or has no counts.
     */
    static HeadlineCell integrated(List<MetricValue> levels, Texts texts, Locale locale) {
        if (levels.isEmpty()) {
            return HeadlineCell.EMPTY;
        }
        Optional<MetricValue> one = level(levels, 1);
        Optional<MetricValue> two = level(levels, 2);
        long n = levels.stream().mapToLong(MetricValue::n).max().orElse(0);
        Optional<MetricValue> blocking =
                levels.stream().filter(row -> !row.ok()).findFirst();
        if (blocking.isPresent()) {
            return new HeadlineCell(null, texts.get("status." + blocking.get().status()), "", n);
        }
        if (one.isEmpty()
                || two.isEmpty()
                || Stream.of(one.get(), two.get()).anyMatch(row -> row.numerator() == null || row.denominator() == null)
                || !Objects.equals(one.get().denominator(), two.get().denominator())
                || one.get().denominator() <= 0) {
            return new HeadlineCell(null, texts.get("value.not-computable"), "", n);
        }
        long successes = Math.round(one.get().numerator() + two.get().numerator());
        long trials = Math.round(one.get().denominator());
        double share = (double) successes / trials;
        Interval interval = WilsonInterval.of(successes, trials);
        return new HeadlineCell(
                share,
                String.format(locale, "%.1f %% (%d/%d)", share * 100, successes, trials),
                String.format(locale, "%.1f %% – %.1f %%", interval.lower() * 100, interval.upper() * 100),
                n);
    }

    private static Optional<MetricValue> level(List<MetricValue> levels, int level) {
        return levels.stream()
                .filter(row -> row.key().equals(GroupKey.Level.of(level)))
                .findFirst();
    }

    private static String asOf(List<MetricValue> rows) {
        return rows.stream()
                .max(Comparator.comparing(MetricValue::computedAt))
                .map(Figures::asOf)
                .orElse("");
    }

    /** Every row the page needs: M2, M3 and M10 of all editions. */
    static List<MetricValue> pageRows(MetricStore store) {
        List<MetricValue> rows = new ArrayList<>();
        for (String metric : List.of(
                MetricCatalogue.RESPONSE.id(), MetricCatalogue.INTEGRATION.id(), MetricCatalogue.EDITIONS.id())) {
            rows.addAll(store.metric(metric));
        }
        return rows;
    }
}
