package io.longitude.bench.speed;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.analytics.AnalyticsReport;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.PseudonymKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * What a running server pays when a file arrives, in this JVM's warm session (the server's {@code LocalSession}): the
 * programme without its last wave is ingested and analysed first (untimed); then one more small file (one row of the
 * last wave, a new file each run) is ingested, timed; then the rest of the last wave, and the analysis that follows it
 * ({@code runIfChanged}, as the server's inbox does) is timed once.
 */
final class WarmServer {
    /** Measured for programmes up to this size: the in-process ingest and analysis of a larger one take minutes. */
    static final int UP_TO_PARTICIPANTS = 10_000;

    private WarmServer() {}

    /**
     * The figures.
     *
     * @param smallFile one ingest of a one-row file each, after the warm-up runs
     * @param reanalysisMillis the analysis after the last wave arrived
     * @param reanalysisJobs the Spark jobs of that analysis
     * @param newWaveRows rows of the last wave's file
     */
    record Figures(Timed smallFile, long reanalysisMillis, long reanalysisJobs, long newWaveRows) {}

    static Figures run(SparkSession spark, Programme programme, Path folder, Path keyFile, Protocol protocol) {
        Path lake = folder.resolve("lake-warm");
        Path metrics = folder.resolve("metrics-warm");
        Path quarantine = folder.resolve("lake-warm-quarantine");
        for (Path stale : List.of(lake, metrics, quarantine, folder.resolve("last-wave"))) {
            IngestMeasure.delete(stale);
        }
        IngestConfig ingest = new IngestConfig(lake.toString(), quarantine, PseudonymKeys.load(Map.of(), keyFile));
        AnalyticsConfig analysis = AnalyticsConfig.of(lake.toString(), metrics.toString());
        List<Path> before = new ArrayList<>(programme.rosters());
        List<Path> waves = programme.followups();
        before.addAll(waves.subList(0, waves.size() - 1));
        LastWave last = LastWave.split(
                waves.get(waves.size() - 1), folder.resolve("last-wave"), protocol.warmups() + protocol.runs());
        require(Ingest.run(spark, ingest, before), before.size());
        AnalyticsJob.run(spark, analysis);
        List<Path> small = new ArrayList<>(last.oneRowFiles());
        Protocol.Result<IngestReport> smallFile =
                protocol.time(() -> require(Ingest.run(spark, ingest, List.of(small.remove(0))), 1));
        require(Ingest.run(spark, ingest, List.of(last.rest())), 1);
        long started = System.nanoTime();
        AnalyticsReport again = AnalyticsJob.runIfChanged(spark, analysis);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (again.unchanged()) {
            throw new IllegalStateException("Cannot time the re-analysis, the analysis saw no new wave");
        }
        return new Figures(smallFile.timed(), millis, again.sparkJobs(), last.rows());
    }

    private static IngestReport require(IngestReport report, int files) {
        String summary = report.summary();
        if (!summary.startsWith("Ingested " + files + " file") || !summary.contains("(0 already ingested, 0 failed)")) {
            throw new IllegalStateException(
                    "Cannot measure the warm server, the ingest did not take every file: " + summary);
        }
        return report;
    }

    /** The last wave's file as one-row files (its first data rows) and a file of the rest. */
    record LastWave(List<Path> oneRowFiles, Path rest, long rows) {
        static LastWave split(Path wave, Path folder, int oneRowFiles) {
            try {
                List<String> lines = Files.readAllLines(wave, StandardCharsets.UTF_8);
                if (lines.size() < oneRowFiles + 2) {
                    throw new IllegalStateException("Cannot split " + wave + ", it has " + (lines.size() - 1)
                            + " rows and " + (oneRowFiles + 1) + " are needed");
                }
                Files.createDirectories(folder);
                String header = lines.get(0);
                List<Path> single = new ArrayList<>();
                for (int row = 1; row <= oneRowFiles; row++) {
                    Path file = folder.resolve("one-row-" + row + "-" + wave.getFileName());
                    Files.writeString(file, header + "\n" + lines.get(row) + "\n", StandardCharsets.UTF_8);
                    single.add(file);
                }
                Path rest = folder.resolve("rest-" + wave.getFileName());
                List<String> remaining = new ArrayList<>(List.of(header));
                remaining.addAll(lines.subList(oneRowFiles + 1, lines.size()));
                Files.write(rest, remaining, StandardCharsets.UTF_8);
                return new LastWave(single, rest, lines.size() - 1);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot split " + wave + ": " + e.getMessage(), e);
            }
        }
    }
}
