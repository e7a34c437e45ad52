package io.longitude.dashboard.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The committed simulation study ({@code docs/validation/validation.csv}, packaged with the application at build time):
 * how often each published estimator's 95 % intervals held the true value, for the "how often these intervals are
 * right" page and for the notes on the pages that show an approximate interval.
 */
@Component
public final class IntervalStudy {
    /** Where the build puts the committed study on the class path. */
    static final String RESOURCE = "validation/validation.csv";

    /** The study's estimators in the order they are defined (by metric, then as a reader meets them). */
    private static final List<String> ORDER =
            Estimand.ALL.stream().map(Estimand::name).toList();

    private final List<Coverage> cells;
    private final List<EstimatorSummary> estimators;

    public IntervalStudy() {
        this(read());
    }

    IntervalStudy(List<Coverage> cells) {
        this.cells = List.copyOf(cells);
        Map<String, List<Coverage>> byName = new LinkedHashMap<>();
        for (Coverage cell : this.cells) {
            byName.computeIfAbsent(cell.estimand(), name -> new ArrayList<>()).add(cell);
        }
        this.estimators = byName.entrySet().stream()
                .map(entry -> EstimatorSummary.of(entry.getKey(), entry.getValue()))
                .filter(summary -> !summary.cells().isEmpty())
                .sorted(Comparator.comparingInt((EstimatorSummary summary) -> metricNumber(summary.metricId()))
                        .thenComparingInt(summary -> ORDER.indexOf(summary.name()))
                        .thenComparing(EstimatorSummary::name))
                .toList();
    }

    /** The estimators with intervals, in metric order (M1, M2, …, M15). */
    public List<EstimatorSummary> estimators() {
        return estimators;
    }

    public Optional<EstimatorSummary> estimator(String id) {
        return estimators.stream().filter(summary -> summary.id().equals(id)).findFirst();
    }

    /** The estimators of one metric whose intervals the study found approximate. */
    public List<EstimatorSummary> approximate(String metricId) {
        return estimators.stream()
                .filter(summary -> summary.metricId().equals(metricId)
                        && summary.verdict() == EstimatorSummary.Verdict.APPROXIMATE)
                .toList();
    }

    /**
     * For the pages that show intervals: per metric id, a sentence for each of its estimators the study found
     * approximate, naming it and the lowest share of intervals that held the truth.
     */
    public Map<String, List<String>> approximateNotes(MessageSource messages, Locale locale) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (EstimatorSummary summary : estimators) {
            if (summary.verdict() == EstimatorSummary.Verdict.APPROXIMATE) {
                notes.computeIfAbsent(summary.metricId(), metric -> new ArrayList<>())
                        .add(EstimatorView.note(summary, messages, locale));
            }
        }
        return notes;
    }

    /** The programme sizes studied, ascending. */
    public List<Integer> sizes() {
        return cells.stream().map(Coverage::participants).distinct().sorted().toList();
    }

    /** Programmes per size: the rows of a programme-scope cell. */
    public long programmes() {
        return cells.stream()
                .filter(cell -> cell.scope().equals("programme"))
                .mapToLong(Coverage::rows)
                .max()
                .orElse(0);
    }

    private static int metricNumber(String metricId) {
        return Integer.parseInt(metricId.substring(1));
    }

    private static List<Coverage> read() {
        InputStream stream = IntervalStudy.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return Coverage.parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged study " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
