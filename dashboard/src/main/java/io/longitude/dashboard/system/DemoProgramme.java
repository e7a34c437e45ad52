package io.longitude.dashboard.system;

import io.longitude.ingest.FileReport;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.generate.ExportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Ingests a generated programme whose waves come in several tools' shapes: the canonical rosters first, then each
 * export through {@code <mappings>/demo-<tool>.yaml}, the tool read from its file name ({@code followup-W2-qualtrics.csv}).
 */
public final class DemoProgramme {
    private DemoProgramme() {}

    public static IngestReport ingest(SparkSession spark, IngestConfig config, Path folder, Path mappings) {
        List<Path> canonical = new ArrayList<>();
        List<Path> exports = new ArrayList<>();
        for (Path file : csvFiles(folder)) {
            (tool(file).isPresent() ? exports : canonical).add(file);
        }
        List<FileReport> reports =
                new ArrayList<>(Ingest.run(spark, config, canonical).files());
        for (Path export : exports) {
            ExportFormat format = tool(export).orElseThrow();
            reports.addAll(Ingest.run(
                            spark,
                            config,
                            Ingest.mapping(mappings.resolve("demo-" + format.code() + ".yaml")),
                            List.of(export))
                    .files());
        }
        return new IngestReport(reports);
    }

    /** The tool whose shape a generated follow-up file has, if any. */
    static Optional<ExportFormat> tool(Path file) {
        String name = file.getFileName().toString();
        return Arrays.stream(ExportFormat.values())
                .filter(format -> format != ExportFormat.CANONICAL && name.endsWith("-" + format.code() + ".csv"))
                .findFirst();
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
}
