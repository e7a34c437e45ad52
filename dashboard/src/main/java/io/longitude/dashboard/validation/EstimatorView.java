package io.longitude.dashboard.validation;

import io.longitude.dashboard.charts.Texts;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One estimator of the study as the intervals page shows it, in the reader's language.
 *
 * @param id its slug, for the chart's URL and the anchor
 * @param name its name in plain words
 * @param verdict {@code right}, {@code approximate} or {@code cautious}
 * @param verdictText the verdict in a sentence, with what the study found at each programme size
 * @param sizes what the study found at each programme size alone, for the short table
 * @param reason why, where the study found it outside the band (empty otherwise)
 * @param cells its cells, one line each
 */
public record EstimatorView(
        String id, String name, String verdict, String verdictText, String sizes, String reason, List<Cell> cells) {
    /** One line of numbers: wave, scope, size, coverage with its Monte Carlo interval, bias and width. */
    public record Cell(
            String wave,
            String scope,
            String participants,
            String coverage,
            String monteCarlo,
            String bias,
            String width,
            boolean outside) {}

    public EstimatorView {
        cells = List.copyOf(cells);
    }

    static EstimatorView of(EstimatorSummary summary, MessageSource messages, Locale locale) {
        Texts texts = key -> messages.getMessage(key, null, key, locale);
        String verdict = summary.verdict().key();
        String sizes = String.join(
                texts.get("intervals.separator"),
                summary.sizes().stream()
                        .map(size -> messages.getMessage(
                                "intervals.size",
                                new Object[] {
                                    count(size.participants(), locale),
                                    times(size, messages, locale),
                                    size.narrow()
                                            ? texts.get("intervals.size.narrow")
                                            : size.wide() ? texts.get("intervals.size.wide") : ""
                                },
                                locale))
                        .toList());
        String verdictText = texts.get("intervals.verdict." + verdict + ".lead") + " " + sizes + ".";
        String reasonKey = "intervals.reason." + summary.id();
        String reason = summary.verdict() == EstimatorSummary.Verdict.RIGHT
                        || texts.get(reasonKey).equals(reasonKey)
                ? ""
                : texts.get(reasonKey);
        List<Coverage> outside = summary.outside();
        List<Cell> cells = summary.cells().stream()
                .map(cell -> new Cell(
                        wave(cell.wave(), texts),
                        texts.get("intervals.scope." + cell.scope()),
                        count(cell.participants(), locale),
                        percent(cell.coverage(), locale),
                        percent(cell.coverageLower(), locale) + " – " + percent(cell.coverageUpper(), locale),
                        decimal(cell.bias(), 3, locale),
                        decimal(cell.meanWidth(), 3, locale),
                        outside.contains(cell)))
                .toList();
        return new EstimatorView(summary.id(), name(summary, texts), verdict, verdictText, sizes + ".", reason, cells);
    }

    /**
     * The note an edition page shows under a figure whose range is approximate: which estimator, at which programme
     * sizes it was too narrow, how often it held the truth there, and that the real range is wider.
     */
    static String note(EstimatorSummary summary, MessageSource messages, Locale locale) {
        Texts texts = key -> messages.getMessage(key, null, key, locale);
        List<EstimatorSummary.SizeRange> narrow = summary.sizes().stream()
                .filter(EstimatorSummary.SizeRange::narrow)
                .toList();
        long lowest = narrow.stream()
                .mapToLong(EstimatorSummary.SizeRange::lowestPercent)
                .min()
                .orElse(0);
        long highest = narrow.stream()
                .mapToLong(EstimatorSummary.SizeRange::highestPercent)
                .max()
                .orElse(0);
        return messages.getMessage(
                "approximate.note",
                new Object[] {
                    name(summary, texts),
                    String.join(
                            " " + texts.get("intervals.and") + " ",
                            narrow.stream()
                                    .map(size -> count(size.participants(), locale))
                                    .toList()),
                    lowest == highest
                            ? messages.getMessage("intervals.times.single", new Object[] {lowest}, locale)
                            : messages.getMessage("intervals.times.range", new Object[] {lowest, highest}, locale)
                },
                locale);
    }

    private static String times(EstimatorSummary.SizeRange size, MessageSource messages, Locale locale) {
        return size.lowestPercent() == size.highestPercent()
                ? messages.getMessage("intervals.times.single", new Object[] {size.lowestPercent()}, locale)
                : messages.getMessage(
                        "intervals.times.range", new Object[] {size.lowestPercent(), size.highestPercent()}, locale);
    }

    static String name(EstimatorSummary summary, Texts texts) {
        String key = "intervals.estimator." + summary.id();
        String name = texts.get(key);
        return name.equals(key) ? summary.name() : name;
    }

    /** A wave pair as the edition page writes it ({@code W0>W2}); no wave as the message "over the edition". */
    static String wave(String wave, Texts texts) {
        return wave.isEmpty() ? texts.get("intervals.wave.none") : wave;
    }

    /** A chart series: the programme size and the scope, e.g. "100 candidates, per edition". */
    static String series(Coverage cell, MessageSource messages, Locale locale) {
        return messages.getMessage(
                "intervals.series",
                new Object[] {
                    count(cell.participants(), locale),
                    messages.getMessage("intervals.scope." + cell.scope(), null, locale)
                },
                locale);
    }

    static String count(long count, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /** A number with {@code digits} decimals; one that rounds to zero is written 0, never −0. */
    private static String decimal(double value, int digits, Locale locale) {
        double rounded = Math.round(value * Math.pow(10, digits)) / Math.pow(10, digits);
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(rounded == 0 ? 0.0 : rounded);
    }

    private static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }
}
