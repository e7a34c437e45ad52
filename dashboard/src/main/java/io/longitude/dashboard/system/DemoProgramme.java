package io.longitude.dashboard.system;

import io.longitude.ingest.FileReport;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.generate.ExportFormat;
import io.longitude.ingest.generate.GeneratorConfig;
import io.longitude.ingest.generate.ProgrammeNames;
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
    /**
     * The demo's second programme: the same sessions for other professions (care, then hospitality), under the same
     * funder, so that the funder's portfolio spans two programmes and each programme's managers see only their own.
     */
    public static final ProgrammeNames SECOND = ProgrammeNames.of("brussels-sectors", "P");

    /** The professions the second programme's editions target, in turn. */
    public static final List<String> SECOND_TARGET_GROUPS = List.of("care professions", "hospitality");

    private DemoProgramme() {}

    /** The second programme's files: two editions of 25 to 40 candidates, canonical exports, in {@code folder}. */
    public static GeneratorConfig second(Path folder) {
        return new GeneratorConfig(folder, 0, 2, 7, GeneratorConfig.DEFAULT_AS_OF)
                .withProgramme(SECOND)
                .withTargetGroups(SECOND_TARGET_GROUPS);
    }

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
