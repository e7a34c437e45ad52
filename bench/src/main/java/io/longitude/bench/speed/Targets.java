package io.longitude.bench.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** The speed targets of issues 6 and 17 (17's where they differ), each marked met or missed with its figures. */
final class Targets {
    static final double INGEST_SHARE = 0.25;
    static final double REANALYSIS_SECONDS_AT_1K = 3;
    static final double SMALL_FILE_SECONDS = 0.3;
    static final double QUERIES_AT_10K = 3;
    static final double QUERIES_AT_200K = 2;
    static final double ANALYSIS_SECONDS_AT_10K = 15;
    static final double PER_ROW_SPREAD = 0.30;
    static final double DEMO_SECONDS = 30;
    static final double TEST_RUN_MINUTES = 12;

    private Targets() {}

    static List<Target> evaluate(RunInfo run, List<SizeResult> results) {
        List<Target> targets = new ArrayList<>();
        String demo = "`./longitude demo`, after the build, until the dashboard answers ≤ " + (int) DEMO_SECONDS + " s";
        targets.add(run.demo()
                .map(start -> start.answered()
                        ? new Target(
                                demo,
                                String.format(Locale.ROOT, "%.1f s from an empty data folder", start.millis() / 1000.0),
                                Target.Status.of(start.millis() <= DEMO_SECONDS * 1000))
                        : new Target(demo, "failed: " + start.failure(), Target.Status.MISSED))
                .orElse(notRun(demo)));
        String tests = "`mvn -B verify` (the README's test command) ≤ " + (int) TEST_RUN_MINUTES + " min";
        targets.add(run.testRun()
                .map(testRun -> new Target(
                        tests,
                        String.format(
                                Locale.ROOT,
                                "%d min %02d s (%s)",
                                (long) testRun.seconds() / 60,
                                (long) testRun.seconds() % 60,
                                testRun.source()),
                        Target.Status.of(testRun.seconds() <= TEST_RUN_MINUTES * 60)))
                .orElse(notRun(tests)));
        String name = "Ingest at 200k ≥ " + INGEST_SHARE + "× DuckDB's raw CSV→Parquet rate (rows/s)";
        targets.add(at(results, "200k")
                .map(result -> new Target(
                        name,
                        String.format(
                                Locale.ROOT,
                                "whole process %.0f rows/s vs DuckDB %.0f rows/s: %.3f× (steady state, follow-ups: %.0f rows/s, %.3f×)",
                                result.ingest().whole().rowsPerSecond(),
                                result.conversion().rowsPerSecond(),
                                result.ingestRatio(),
                                result.ingest().followups().rowsPerSecond(),
                                result.steadyIngestRatio()),
                        Target.Status.of(result.ingestRatio() >= INGEST_SHARE)))
                .orElse(notRun(name)));
        targets.add(queries(results, "10k", QUERIES_AT_10K));
        targets.add(queries(results, "200k", QUERIES_AT_200K));
        String analysis = "Whole analysis process at 10k ≤ " + (int) ANALYSIS_SECONDS_AT_10K + " s";
        targets.add(at(results, "10k")
                .map(result -> result.analysis().succeeded()
                        ? new Target(
                                analysis,
                                String.format(
                                        Locale.ROOT,
                                        "%.1f s (job's own clock %.1f s)",
                                        result.analysis().process().millis() / 1000.0,
                                        result.analysis().summary().millis() / 1000.0),
                                Target.Status.of(
                                        result.analysis().process().millis() <= ANALYSIS_SECONDS_AT_10K * 1000))
                        : new Target(analysis, "failed: " + result.analysis().failure(), Target.Status.MISSED))
                .orElse(notRun(analysis)));
        targets.add(atOneThousand(
                results,
                "Analysis in the running server after one new wave at 1k ≤ " + (int) REANALYSIS_SECONDS_AT_1K + " s",
                warm -> String.format(
                        Locale.ROOT, "%.1f s, %d Spark jobs", warm.reanalysisMillis() / 1000.0, warm.reanalysisJobs()),
                warm -> warm.reanalysisMillis() <= REANALYSIS_SECONDS_AT_1K * 1000));
        targets.add(atOneThousand(
                results,
                "Ingesting one more small file in the running server at 1k ≤ " + SMALL_FILE_SECONDS + " s",
                warm -> String.format(
                        Locale.ROOT,
                        "%.2f s (median of %d; %.2f–%.2f s)",
                        warm.smallFile().median() / 1000.0,
                        warm.smallFile().runs(),
                        warm.smallFile().min() / 1000.0,
                        warm.smallFile().max() / 1000.0),
                warm -> warm.smallFile().median() <= SMALL_FILE_SECONDS * 1000));
        targets.add(perRow(
                results,
                "ingest, whole process",
                result -> result.ingest().whole().process().millis(),
                SizeResult::rows));
        targets.add(perRow(
                results,
                "whole analysis process",
                result -> result.analysis().succeeded()
                        ? result.analysis().process().millis()
                        : Double.NaN,
                SizeResult::rows));
        targets.add(perRow(
                results,
                "core queries, Longitude (sum of medians)",
                SizeResult::longitudeQueriesMillis,
                SizeResult::rows));
        String memory = "Analysis at 200k succeeds within -Xmx4g";
        targets.add(at(results, "200k")
                .map(result -> result.analysis().succeeded()
                        ? new Target(
                                memory,
                                String.format(
                                        Locale.ROOT,
                                        "JVM options %s: exit 0 in %.1f s, peak RSS %.2f GiB",
                                        result.analysis().jvmOptions(),
                                        result.analysis().process().millis() / 1000.0,
                                        result.analysis().process().peakRssBytes() / (double) (1L << 30)),
                                Target.Status.of(result.analysis().jvmOptions().contains("-Xmx4g")))
                        : new Target(
                                memory,
                                "JVM options " + result.analysis().jvmOptions() + ": "
                                        + result.analysis().failure(),
                                Target.Status.MISSED))
                .orElse(notRun(memory)));
        return targets;
    }

    private static Target queries(List<SizeResult> results, String label, double limit) {
        String name = "Core queries at " + label + " ≤ " + (int) limit + "× DuckDB (each, median)";
        Optional<SizeResult> found = at(results, label);
        if (found.isEmpty()) {
            return notRun(name);
        }
        List<String> figures = new ArrayList<>();
        for (QueryFigures query : found.get().queries()) {
            figures.add(String.format(Locale.ROOT, "%s %.1f×", query.query().title(), query.ratio()));
        }
        double worst = found.get().queries().stream()
                .mapToDouble(QueryFigures::ratio)
                .max()
                .orElse(Double.NaN);
        return new Target(
                name,
                String.join(", ", figures) + String.format(Locale.ROOT, "; worst %.1f×", worst),
                Target.Status.of(worst <= limit));
    }

    private static Target perRow(
            List<SizeResult> results,
            String measure,
            ToDoubleFunction<SizeResult> millis,
            ToLongFunction<SizeResult> rows) {
        String name = "Time per row within ±" + (int) (PER_ROW_SPREAD * 100) + "% from 1k to 200k: " + measure;
        if (results.size() < 2) {
            return notRun(name);
        }
        List<String> labels =
                results.stream().map(result -> result.size().label()).toList();
        List<Double> perRow = results.stream()
                .map(result -> Ratios.microsPerRow(millis.applyAsDouble(result), rows.applyAsLong(result)))
                .toList();
        List<Double> deviations = Ratios.deviations(perRow, Ratios.reference(labels, perRow));
        List<String> figures = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            figures.add(String.format(
                    Locale.ROOT, "%s %.2f µs/row (%+.0f%%)", labels.get(i), perRow.get(i), deviations.get(i) * 100));
        }
        double widest = Ratios.widest(deviations);
        boolean complete = labels.contains("1k") && labels.contains("200k");
        String scope = complete ? "" : " (sizes run: " + String.join(", ", labels) + ", not the whole 1k→200k range)";
        return new Target(
                name,
                String.join(", ", figures) + " vs " + Ratios.referenceName(labels) + scope,
                Double.isNaN(widest) ? Target.Status.MISSED : Target.Status.of(widest <= PER_ROW_SPREAD));
    }

    /** A target on the running server's figures of the 1k programme. */
    private static Target atOneThousand(
            List<SizeResult> results,
            String name,
            Function<WarmServer.Figures, String> figures,
            Predicate<WarmServer.Figures> met) {
        return at(results, "1k")
                .flatMap(SizeResult::warm)
                .map(warm -> new Target(name, figures.apply(warm), Target.Status.of(met.test(warm))))
                .orElse(notRun(name));
    }

    static Optional<SizeResult> at(List<SizeResult> results, String label) {
        return results.stream()
                .filter(result -> result.size().label().equals(label))
                .findFirst();
    }

    private static Target notRun(String name) {
        return new Target(name, "size not in this run", Target.Status.NOT_RUN);
    }
}
