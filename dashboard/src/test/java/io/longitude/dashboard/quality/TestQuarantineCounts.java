package io.longitude.dashboard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.dashboard.DemoAccess;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.network.LakeReads;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quarantine counts on a small programme of its own, whose W1 export has three bad rows (two bad answers, which cost
 * only the answer, and one wave the edition lacks, which costs the row): the demo programme's files are all clean. Real ingest into real Delta tables in a temporary folder, on the shared Spark session.
 */
class TestQuarantineCounts {
    @TempDir
    static Path folder;

    private static QualityReport report;
    private static List<Row> batches;

    @BeforeAll
    static void ingestAProgrammeWithBadRows() throws IOException {
        Path files = folder.resolve("files");
        DemoProgrammeGenerator.generate(new GeneratorConfig(files, 24, 1, 7, GeneratorConfig.DEFAULT_AS_OF));
        corrupt(files.resolve("followup-W1.csv"));
        String lake = folder.resolve("lake").toUri().toString();
        Path quarantine = folder.resolve("quarantine");
        List<Path> inputs;
        try (Stream<Path> listing = Files.list(files)) {
            inputs = listing.filter(file -> file.toString().endsWith(".csv")
                            && !file.getFileName().toString().startsWith("staff"))
                    .sorted()
                    .toList();
        }
        Ingest.run(
                DemoAccess.spark(),
                new IngestConfig(
                        lake,
                        quarantine,
                        new Pseudonymizer("quality-test-key-0123456789".getBytes(StandardCharsets.UTF_8), 1)),
                inputs);
        LongitudeProperties properties = new LongitudeProperties(
                lake,
                folder.resolve("metrics").toUri().toString(),
                "local[2]",
                quarantine.toString(),
                folder.resolve("key").toString(),
                folder.resolve("inbox").toString(),
                Duration.ofSeconds(30),
                folder.resolve("mappings").toString(),
                folder.resolve("users.yaml").toString(),
                folder.resolve("audit").toUri().toString());
        LakeReads reads = new LakeReads(DemoAccess.spark(), properties);
        Row edition = DemoAccess.spark()
                .read()
                .format("delta")
                .load(lake + "/editions")
                .first();
        EditionSummary summary = new EditionSummary(
                edition.getAs("programme_id"),
                edition.getAs("edition_id"),
                edition.<Integer>getAs("number"),
                edition.<Date>getAs("start_date").toLocalDate(),
                edition.<Date>getAs("end_date").toLocalDate(),
                "",
                "");
        report = new QualityReader(reads, properties).report(summary.programmeId(), List.of(summary), Locale.ENGLISH);
        batches = DemoAccess.spark()
                .read()
                .format("delta")
                .load(lake + "/batches")
                .collectAsList();
    }

    /** Rows 1 and 2 get an impossible integration level, row 3 a wave the edition does not have. */
    private static void corrupt(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            reader.forEach(record -> rows.add(new ArrayList<>(record.getFields())));
        }
        int level = rows.get(0).indexOf("sd_integration");
        int wave = rows.get(0).indexOf("wave");
        rows.get(1).set(level, "7");
        rows.get(2).set(level, "7");
        rows.get(3).set(wave, "W9");
        try (CsvWriter writer =
                CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8)) {
            rows.forEach(writer::writeRecord);
        }
    }

    @Test
    void everyBatchIsListedWithItsCounts() {
        assertThat(report.batches()).hasSize(batches.size());
        assertThat(report.unattributedBatches()).isZero();
        BatchLine followup = report.batches().stream()
                .filter(batch -> batch.fileName().equals("followup-W1.csv"))
                .findFirst()
                .orElseThrow();
        assertThat(followup.rowsQuarantined())
                .as("the row with a wave the edition lacks")
                .isEqualTo(1);
        assertThat(followup.rowsRejected()).isEqualTo(1);
        assertThat(followup.rowsWithQuarantinedAnswers())
                .as("two bad levels cost two answers, not two respondents")
                .isEqualTo(2);
        assertThat(followup.rowsAcceptedWhole()).isEqualTo(followup.rowsRead() - 3);
        assertThat(followup.rowsPending()).isZero();
        assertThat(report.rowsAcceptedWhole()
                        + report.rowsWithQuarantinedAnswers()
                        + report.rowsRejected()
                        + report.pending())
                .isEqualTo(batches.stream()
                        .mapToLong(row -> row.<Long>getAs("rows_read"))
                        .sum());
    }

    @Test
    void quarantineCountsEqualTheQuarantineFilesAndTheBatchTable() throws IOException {
        long rowsInFiles = 0;
        try (Stream<Path> files = Files.list(folder.resolve("quarantine"))) {
            for (Path file : files.toList()) {
                try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
                    rowsInFiles += reader.stream().count() - 1;
                }
            }
        }
        long inBatchTable = batches.stream()
                .mapToLong(row -> row.<Long>getAs("rows_quarantined"))
                .sum();
        assertThat(rowsInFiles).as("one rejected row, two answers set aside").isEqualTo(3);
        assertThat(report.rowsQuarantined()).isEqualTo(1).isEqualTo(inBatchTable);
        assertThat(report.batches())
                .allSatisfy(batch -> assertThat(batch.quarantinedInFiles()).isEqualTo(batch.rowsQuarantined()));
    }

    @Test
    void reasonsAreCountedPerCodeAndField() {
        assertThat(report.quarantine())
                .extracting(
                        QuarantineLine::fileName,
                        QuarantineLine::outcome,
                        QuarantineLine::code,
                        QuarantineLine::field,
                        QuarantineLine::rows)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "followup-W1.csv", "answer", "INVALID_VALUE", "sd_integration", 2L),
                        org.assertj.core.groups.Tuple.tuple("followup-W1.csv", "rejected", "UNKNOWN_WAVE", "wave", 1L));
    }
}
