package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.domain.Wave;
import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.ExportFormat;
import io.longitude.ingest.generate.GeneratorConfig;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator writes each wave in the shape of every survey tool; read back through {@code data/mappings/demo-*.yaml}
 * they give exactly the responses of the canonical files (every answer, every time), with nothing quarantined.
 */
class TestToolFormats extends IngestTestBase {
    static final Path MAPPINGS = Path.of("..", "data", "mappings");

    @TempDir
    static Path temp;

    static IngestConfig canonicalLake;
    static List<String> canonicalResponses;

    @BeforeAll
    static void canonical() throws IOException {
        Path folder = temp.resolve("canonical");
        DemoProgrammeGenerator.generate(config(folder));
        canonicalLake =
                new IngestConfig(temp.resolve("lake-canonical").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        IngestReport report = Ingest.run(spark, canonicalLake, TestIngest.csvFiles(folder));
        assertThat(report.rowsQuarantined()).isZero();
        canonicalResponses = responses(canonicalLake);
        assertThat(canonicalResponses).hasSizeGreaterThan(50);
    }

    @Test
    void everyToolShapeReadsBackToTheCanonicalResponses() throws IOException {
        IngestConfig toolLake =
                new IngestConfig(temp.resolve("lake-tools").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        Path rosters = temp.resolve("canonical");
        Ingest.run(spark, toolLake, List.of(rosters.resolve("editions.csv"), rosters.resolve("participants.csv")));
        for (ExportFormat format : ExportFormat.values()) {
            if (format == ExportFormat.CANONICAL) {
                continue;
            }
            Path folder = temp.resolve(format.code());
            DemoProgrammeGenerator.generate(config(folder).withFormats(ExportFormat.forWaves(format.code())));
            List<Path> exports = Wave.STANDARD.stream()
                    .map(wave -> folder.resolve(format.fileName(wave.code())))
                    .toList();
            exports.forEach(file -> assertThat(file).exists());

            IngestReport report = Ingest.run(
                    spark, toolLake, Ingest.mapping(MAPPINGS.resolve("demo-" + format.code() + ".yaml")), exports);

            assertThat(report.failed()).as(format + ": " + report.files()).isFalse();
            assertThat(report.rowsQuarantined())
                    .as(format + ": " + report.files())
                    .isZero();
            assertThat(report.rowsAccepted()).as(format.code()).isEqualTo(canonicalResponses.size());
            assertThat(responses(toolLake)).as(format.code()).containsExactlyInAnyOrderElementsOf(canonicalResponses);
            assertThat(new DeltaLake(spark, toolLake.lakeRoot())
                            .read(LakeTables.RESPONSES)
                            .select("source_tool")
                            .distinct()
                            .as(Encoders.STRING())
                            .collectAsList())
                    .as(format.code())
                    .containsExactly(format.code());
        }
    }

    @Test
    void limeSurveyExportLooksLikeLimeSurveys() throws IOException {
        Path folder = temp.resolve("limesurvey-look");
        DemoProgrammeGenerator.generate(config(folder).withFormats(ExportFormat.forWaves("limesurvey")));
        byte[] bytes = Files.readAllBytes(folder.resolve("followup-W1-limesurvey.csv"));
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text).contains("\"id\";\"submitdate\";\"lastpage\"").endsWith("\r\n\r\n");
    }

    private static GeneratorConfig config(Path folder) {
        return new GeneratorConfig(folder, 24, 2, 5, GeneratorConfig.DEFAULT_AS_OF);
    }

    private static List<String> responses(IngestConfig config) {
        List<String> columns = LakeTables.RESPONSES.columnNames().stream()
                .filter(column -> !List.of("source_tool", "source_submission_id", "batch_id")
                        .contains(column))
                .map(column -> column.equals("ties") ? "to_json(ties)" : "cast(" + column + " as string)")
                .toList();
        return new DeltaLake(spark, config.lakeRoot())
                .read(LakeTables.RESPONSES)
                .selectExpr("concat_ws('|', "
                        + String.join(
                                ", ",
                                columns.stream()
                                        .map(column -> "coalesce(" + column + ", '')")
                                        .toList()) + ")")
                .as(Encoders.STRING())
                .collectAsList();
    }
}
