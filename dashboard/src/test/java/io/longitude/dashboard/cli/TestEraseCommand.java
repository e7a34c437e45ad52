package io.longitude.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.dashboard.audit.AuditTable;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./longitude erase} on a generated programme, ingested and analysed through the CLI: afterwards no file under
 * the lake, the metrics or the quarantine holds the person's pseudonym (M11 had per-participant rows for them), and
 * the analysis still runs.
 */
@EnabledIfSystemProperty(
        named = "longitude.long",
        matches = "true",
        disabledReason = "runs with mvn verify -Plong: three and a half minutes of CLI ingest, analysis, erasure and"
                + " re-analysis; TestErasure proves the erasure of the lake on every run")
class TestEraseCommand {
    private static final byte[] KEY = "erase-command-test-key-0123456789".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path temp;

    static SparkSession spark;
    static String sourceId;
    static String pseudonym;
    static long metricRowsNamingThePerson;
    static long responsesBefore;
    static long personResponses;
    static String quarantinedBefore;
    static int exit;
    static String eraseOutput;
    static String output;

    @BeforeAll
    static void generateIngestAnalyseErase() throws IOException {
        spark = LocalSpark.session("local[2]");
        spark.conf().set("spark.sql.shuffle.partitions", "2");
        Path demo = temp.resolve("demo");
        DemoProgrammeGenerator.generate(new GeneratorConfig(demo, 40, 1, 5, GeneratorConfig.DEFAULT_AS_OF));
        Files.writeString(temp.resolve("key"), Base64.getEncoder().encodeToString(KEY));
        List<String> ingest = new ArrayList<>(List.of(
                "ingest",
                "--master",
                "local[2]",
                "--lake",
                lake(),
                "--quarantine",
                quarantine().toString(),
                "--key-file",
                temp.resolve("key").toString()));
        try (Stream<Path> files = Files.list(demo)) {
            files.filter(file -> file.toString().endsWith(".csv"))
                    .sorted()
                    .forEach(file -> ingest.add(file.toString()));
        }
        assertThat(run(ingest.toArray(String[]::new))).isZero();
        assertThat(run("analyze", "--master", "local[2]", "--lake", lake(), "--metrics", metrics(), "--force"))
                .isZero();

        Pseudonymizer pseudonymizer = new Pseudonymizer(KEY, 1);
        List<String> degrees = metricValues()
                .filter("group_key like 'degree|%'")
                .selectExpr("substring(group_key, 8)")
                .as(Encoders.STRING())
                .collectAsList();
        sourceId = Files.readAllLines(demo.resolve("participants.csv")).stream()
                .skip(1)
                .map(line -> line.split(",")[0])
                .filter(id -> id.startsWith("P01-") && degrees.contains(pseudonymizer.pseudonym(id)))
                .sorted()
                .findFirst()
                .orElseThrow();
        pseudonym = pseudonymizer.pseudonym(sourceId);
        metricRowsNamingThePerson =
                metricValues().filter("group_key like '%" + pseudonym + "%'").count();
        Dataset<Row> responses = spark.read().format("delta").load(lake() + "/responses");
        responsesBefore = responses.count();
        personResponses =
                responses.filter("participant_key = '" + pseudonym + "'").count();
        Path late = temp.resolve("late/followup-late.csv");
        Files.createDirectories(late.getParent());
        Files.writeString(
                late,
                Files.readAllLines(demo.resolve("followup-W1.csv")).get(0) + "\n" + sourceId
                        + ",E01,W1,2022-03-18T10:48:00+01:00,2,2,2,1,3,0,0,preparing,,,," + sourceId
                        + ":joint_project,6,3,\n");
        assertThat(run(
                        "ingest",
                        "--master",
                        "local[2]",
                        "--lake",
                        lake(),
                        "--quarantine",
                        quarantine().toString(),
                        "--key-file",
                        temp.resolve("key").toString(),
                        late.toString()))
                .isZero();
        quarantinedBefore = output;
        Path processed = temp.resolve("inbox/processed");
        Files.createDirectories(processed);
        Files.copy(demo.resolve("participants.csv"), processed.resolve("participants.csv"));

        exit = run(
                "erase",
                "--source-id",
                sourceId,
                "--programme",
                DemoProgrammeGenerator.PROGRAMME_ID,
                "--master",
                "local[2]",
                "--lake",
                lake(),
                "--metrics",
                metrics(),
                "--quarantine",
                quarantine().toString(),
                "--inbox",
                temp.resolve("inbox").toString(),
                "--audit",
                temp.resolve("audit").toString(),
                "--key-file",
                temp.resolve("key").toString());
        eraseOutput = output;
    }

    @Test
    void erasesRecomputesAndReportsWithoutTheIdentifier() {
        String output = eraseOutput;
        assertThat(exit).as(output).isZero();
        assertThat(metricRowsNamingThePerson)
                .as("M11 rows keyed by the pseudonym before")
                .isPositive();
        assertThat(output)
                .contains("Erased from brussels-sd-pilot: ", "Metric tables purged: ", "Audit: erasure erasure:")
                .contains("Still names the person in clear, outside the lake (delete or edit it by hand): "
                        + temp.resolve("inbox/processed/participants.csv"));
        String afterRun = output.substring(output.indexOf("Erased from"));
        assertThat(afterRun.lines().filter(line -> !line.startsWith("Still names")))
                .noneMatch(line -> line.contains(sourceId) || line.contains(pseudonym));
        assertThat(output).containsPattern("Audit: erasure erasure:[0-9a-f]{16}, " + "\\d+ rows");
    }

    @Test
    void showsProgressPerTableAndPerMetricFamilyAsPlainLinesBeforeTheSummaryLines() {
        // Not a terminal here: one plain line per step (on a terminal, one line updating in place).
        assertThat(eraseOutput)
                .contains(
                        "Erasing 1/12: enrolments: rows removed",
                        "Erasing 12/12: session_feedback: history purged",
                        "Analysing 1/",
                        ": lake read",
                        ": metric table write",
                        "Purging the metric tables 1/")
                .containsPattern("Analysing \\d+/\\d+: M1 funnel");
        assertThat(eraseOutput.indexOf("Erasing 12/12")).isLessThan(eraseOutput.indexOf("Erased from"));
        assertThat(eraseOutput.indexOf("Purging the metric tables 1/"))
                .isLessThan(eraseOutput.indexOf("Metric tables purged: "));
    }

    @Test
    void noFileUnderTheLakeMetricsOrQuarantineHoldsThePerson() throws IOException {
        // The late row's bad answer (a tie to themself) was set aside, the row kept: one answer line in the quarantine.
        assertThat(quarantinedBefore).contains("1 with quarantined answers");
        assertThat(quarantine())
                .as("the person's quarantined answer was its only line")
                .isEmptyDirectory();
        Path[] roots = {temp.resolve("lake"), temp.resolve("metrics"), quarantine()};
        for (String text : List.of(pseudonym, pseudonym.substring(0, 16), sourceId)) {
            assertThat(filesContaining(text, roots)).as(text).isEmpty();
        }
    }

    @Test
    void theOthersAndTheMetricsRemain() {
        assertThat(spark.read().format("delta").load(lake() + "/responses").count())
                .isEqualTo(responsesBefore - personResponses);
        assertThat(metricValues().filter("group_key like 'degree|%'").count()).isPositive();
        assertThat(metricValues().filter("metric_id = 'M2' and status = 'ok'").count())
                .isPositive();
    }

    @Test
    void theErasureIsInTheAuditTableWithoutTheIdentifier() throws IOException {
        List<Row> entries = spark.read()
                .format("delta")
                .load(AuditTable.path(temp.resolve("audit").toString()))
                .collectAsList();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.getAs("action").toString()).isEqualTo("erasure");
            assertThat(entry.getAs("object").toString())
                    .isEqualTo(EraseCommand.auditObject(
                            new Pseudonymizer(KEY, 1), DemoProgrammeGenerator.PROGRAMME_ID, sourceId));
            assertThat(entry.getAs("username").toString()).startsWith("cli:");
            assertThat((Long) entry.getAs("rows")).isPositive();
        });
        assertThat(filesContaining(sourceId, temp.resolve("audit"))).isEmpty();
        assertThat(filesContaining(pseudonym.substring(0, 16), temp.resolve("audit")))
                .isEmpty();
    }

    @Test
    void theAuditObjectIsNotThePseudonym() {
        String object =
                EraseCommand.auditObject(new Pseudonymizer(KEY, 1), DemoProgrammeGenerator.PROGRAMME_ID, sourceId);
        assertThat(object).matches("erasure:[0-9a-f]{16}").doesNotContain(pseudonym.substring(0, 16));
        assertThat(EraseCommand.auditObject(new Pseudonymizer(KEY, 1), "other-programme", sourceId))
                .isNotEqualTo(object);
    }

    private static List<Path> filesContaining(String text, Path... roots) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    boolean raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
                    boolean decoded = file.toString().endsWith(".parquet")
                            && spark.read()
                                            .parquet(file.toUri().toString())
                                            .toJSON()
                                            .filter((FilterFunction<String>) row -> row.contains(text))
                                            .count()
                                    > 0;
                    if (raw || decoded) {
                        found.add(file);
                    }
                }
            }
        }
        return found;
    }

    private static Dataset<Row> metricValues() {
        return spark.read().format("delta").load(LakeUri.table(metrics(), MetricTables.METRIC_VALUES));
    }

    private static int run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = LongitudeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int code = commandLine.execute(args);
        output = out.toString();
        return code;
    }

    private static String lake() {
        return LakeUri.normalise(temp.resolve("lake").toUri().toString());
    }

    private static String metrics() {
        return LakeUri.normalise(temp.resolve("metrics").toUri().toString());
    }

    private static Path quarantine() {
        return temp.resolve("quarantine");
    }
}
