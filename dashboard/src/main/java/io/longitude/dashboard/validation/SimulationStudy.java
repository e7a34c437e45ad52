package io.longitude.dashboard.validation;

import static org.apache.spark.sql.functions.col;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import io.longitude.ingest.generate.ProgrammeNames;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The simulation study: for one programme size, generates many programmes with the demo generator (each under its own
 * programme id, edition prefix and seed, its attrition, comparison-group share and missing answers drawn from the seed), writes each kind of file of all of them into one file, ingests those through
 * {@link Ingest#run} into a fresh lake, analyses it once with {@link AnalyticsJob#run}, and pairs every published
 * figure of an {@link Estimand} with the true value from its programme's truth.json.
 */
final class SimulationStudy {
    private static final String TRUTH = "truth.json";

    private SimulationStudy() {}

    /**
     * Runs the study for one size in {@code work} (a lake, metrics and the merged files are left there).
     *
     * @param programmes how many programmes
     * @param participants candidates per programme (over its editions)
     * @param seed the first programme's seed; programme i has seed + i
     */
    static List<Observation> run(
            SparkSession spark,
            int programmes,
            int participants,
            int editions,
            long seed,
            Path work,
            PrintWriter progress) {
        Path merged = work.resolve("files");
        Map<String, Truth> truths = new HashMap<>();
        try {
            Files.createDirectories(merged);
            for (int index = 0; index < programmes; index++) {
                Path generated = work.resolve("programme");
                ProgrammeNames names = names(index);
                DemoProgrammeGenerator.generate(new GeneratorConfig(
                                generated, participants, editions, seed + index, GeneratorConfig.DEFAULT_AS_OF)
                        .withProgramme(names)
                        .withVariedParameters());
                truths.put(names.programmeId(), Truth.read(generated.resolve(TRUTH)));
                append(generated, merged);
                deleteTree(generated);
                if ((index + 1) % 25 == 0 || index + 1 == programmes) {
                    progress.printf(
                            "      %d participants: generated %d of %d programmes%n",
                            participants, index + 1, programmes);
                    progress.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write the simulated programmes into " + work + ": " + e.getMessage(), e);
        }
        String lake = work.resolve("lake").toUri().toString();
        String metrics = work.resolve("metrics").toUri().toString();
        IngestReport report = Ingest.run(
                spark,
                new IngestConfig(
                        lake,
                        work.resolve("quarantine"),
                        new Pseudonymizer("longitude-validation-key".getBytes(StandardCharsets.UTF_8), 1)),
                csvFiles(merged));
        progress.println("      " + participants + " participants: " + report.summary());
        progress.flush();
        if (report.failed()) {
            throw new IllegalStateException(
                    "Cannot run the simulation study, a generated file failed to ingest: " + report.summary());
        }
        progress.println("      " + participants + " participants: "
                + AnalyticsJob.run(spark, AnalyticsConfig.of(lake, metrics)).summary());
        progress.flush();
        List<Row> rows = spark.read()
                .format("delta")
                .load(LakeUri.table(metrics, MetricTables.METRIC_VALUES))
                .filter(col("metric_id")
                        .isin(Estimand.ALL.stream()
                                .map(Estimand::metricId)
                                .distinct()
                                .toArray()))
                .select("metric_id", "programme_id", "edition_id", "wave", "group_key", "value", "lower", "upper")
                .collectAsList();
        List<Observation> observations = new ArrayList<>();
        for (Row row : rows) {
            Truth truth = truths.get(row.getString(1));
            if (truth == null) {
                continue;
            }
            for (Estimand estimand : Estimand.ALL) {
                if (estimand.matches(row.getString(0), row.getString(4))) {
                    observation(estimand, row, truth, participants).ifPresent(observations::add);
                }
            }
        }
        observations.sort(Comparator.comparing(Observation::estimand)
                .thenComparing(Observation::wave)
                .thenComparing(Observation::scope)
                .thenComparingInt(Observation::programme));
        return observations;
    }

    private static Optional<Observation> observation(Estimand estimand, Row row, Truth truth, int participants) {
        Optional<Double> expected = estimand.truth().apply(truth, Estimand.waveNumber(row.getString(3)));
        if (expected.isEmpty() || expected.get().isNaN()) {
            return Optional.empty();
        }
        String programme = row.getString(1);
        int number = Integer.parseInt(programme.substring(programme.lastIndexOf('-') + 1));
        return Optional.of(new Observation(
                estimand.name(),
                row.getString(3),
                row.getString(2).isEmpty() ? "programme" : "edition",
                participants,
                number,
                (Double) row.get(5),
                (Double) row.get(6),
                (Double) row.get(7),
                expected.get()));
    }

    /** Programme i: id {@code validation-000i}, editions {@code VAAB01}…, participants {@code VAAB-P01-…}. */
    static ProgrammeNames names(int index) {
        StringBuilder prefix = new StringBuilder();
        int rest = index;
        for (int letter = 0; letter < 4; letter++) {
            prefix.insert(0, (char) ('A' + rest % 26));
            rest /= 26;
        }
        return ProgrammeNames.of(String.format("validation-%04d", index), "V" + prefix);
    }

    /** Appends every CSV of {@code generated} to the file of the same name in {@code merged}, the header once. */
    private static void append(Path generated, Path merged) throws IOException {
        for (Path file : csvFiles(generated)) {
            Path target = merged.resolve(file.getFileName().toString());
            boolean first = !Files.exists(target);
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8);
                    BufferedWriter writer = Files.newBufferedWriter(
                            target, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                var iterator = lines.iterator();
                boolean header = true;
                while (iterator.hasNext()) {
                    String line = iterator.next();
                    if (!header || first) {
                        writer.write(line);
                        writer.write('\n');
                    }
                    header = false;
                }
            }
        }
    }

    private static List<Path> csvFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
