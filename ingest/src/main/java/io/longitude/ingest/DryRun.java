package io.longitude.ingest;

import static org.apache.spark.sql.functions.lit;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.ingest.lake.DeltaLake;
import io.longitude.ingest.mapping.Mapping;
import io.longitude.ingest.validation.Outcome;
import io.longitude.ingest.validation.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Checks files as ingest would, in its order, and says what would change, writing nothing: not to the lake (it is
 * only read), not to the quarantine folder (the logs go to a temporary folder, deleted at the end). A roster checked
 * earlier in the same run counts as arrived for the files after it, as it would in the real run.
 */
final class DryRun {
    private final SparkSession spark;
    private final IngestConfig config;
    private final Optional<Mapping> mapping;
    private final DeltaLake lake;

    DryRun(SparkSession spark, IngestConfig config, Optional<Mapping> mapping) {
        this.spark = spark;
        this.config = config;
        this.mapping = mapping;
        this.lake = new DeltaLake(spark, config.lakeRoot());
    }

    List<FilePreview> run(List<Path> files) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("longitude-dry-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the dry run: " + e.getMessage(), e);
        }
        try {
            FileValidation validation = new FileValidation(
                    new IngestConfig(config.lakeRoot(), scratch, config.pseudonymizer(), config.scope()),
                    InstrumentLoader.followup(),
                    mapping);
            Set<String> ingested = new HashSet<>(lake.batchIds());
            Map<Path, Integer> ranks = new HashMap<>();
            files.forEach(file -> ranks.computeIfAbsent(file, key -> Ingest.rank(key, mapping)));
            List<Path> ordered = new ArrayList<>(files);
            ordered.sort(Comparator.comparingInt((Path file) -> ranks.get(file)));
            ReferenceData references = lake.references();
            List<FilePreview> previews = new ArrayList<>();
            for (Path file : ordered) {
                String batchId = "";
                try {
                    batchId = Ingest.sha256(file);
                    if (!ingested.add(batchId)) {
                        previews.add(
                                new FilePreview(FileReport.alreadyIngested(file, batchId), "", 0, 0, 0, List.of()));
                        continue;
                    }
                    Staged staged = new Staged();
                    ReferenceData before = references;
                    String batch = batchId;
                    FileReport report =
                            validation.check(file, batchId, before, (table, uri) -> staged.read(table, uri, batch));
                    if (staged.rows != null) {
                        references = arrived(references, staged.table, staged.rows);
                    }
                    previews.add(new FilePreview(
                            withoutLog(report),
                            staged.table == null ? "" : staged.table.name(),
                            staged.preview.inserted(),
                            staged.preview.updated(),
                            staged.preview.unchanged(),
                            first(report)));
                } catch (IngestException e) {
                    previews.add(new FilePreview(FileReport.failed(file, batchId, e), "", 0, 0, 0, List.of()));
                }
            }
            return previews;
        } finally {
            delete(scratch);
        }
    }

    /** The rows a file would bring, read while its staging file exists, and what their merge would do. */
    private final class Staged {
        TableDefinition table;
        List<Row> rows;
        DeltaLake.MergePreview preview = new DeltaLake.MergePreview(0, 0, 0);

        void read(TableDefinition staged, String uri, String batchId) {
            table = staged;
            List<String> columns = staged.columnNames();
            Dataset<Row> rowsOfFile = spark.read()
                    .schema(StructType.fromDDL(staged.ddl()))
                    .option("mode", "FAILFAST")
                    .json(uri)
                    .withColumn("batch_id", lit(batchId))
                    .selectExpr(columns.toArray(String[]::new))
                    .cache();
            try {
                preview = lake.previewMerge(staged, rowsOfFile);
                rows = List.of(LakeTables.EDITIONS, LakeTables.ENROLMENTS, LakeTables.SESSIONS, LakeTables.PARTNERS)
                                .contains(staged)
                        ? rowsOfFile.collectAsList()
                        : null;
            } finally {
                rowsOfFile.unpersist();
            }
        }
    }

    /** The references once a roster's rows are in: editions, enrolments, sessions and partners. */
    private static ReferenceData arrived(ReferenceData before, TableDefinition table, List<Row> rows) {
        Map<String, String> programmeByEdition = new HashMap<>(before.programmeByEdition());
        Set<String> enrolments = new HashSet<>(before.enrolments());
        Set<String> participants = new HashSet<>(before.participants());
        Map<String, String> editionBySession = new HashMap<>(before.editionBySession());
        Map<String, String> roleByEnrolment = new HashMap<>(before.roleByEnrolment());
        Map<String, String> programmeByPartner = new HashMap<>(before.programmeByPartner());
        for (Row row : rows) {
            if (table.equals(LakeTables.EDITIONS)) {
                programmeByEdition.put(row.getAs("edition_id"), row.getAs("programme_id"));
            } else if (table.equals(LakeTables.ENROLMENTS)) {
                String enrolment = ReferenceData.enrolmentKey(row.getAs("participant_key"), row.getAs("edition_id"));
                enrolments.add(enrolment);
                participants.add(row.getAs("participant_key"));
                roleByEnrolment.put(enrolment, row.getAs("role"));
            } else if (table.equals(LakeTables.SESSIONS)) {
                editionBySession.put(row.getAs("session_id"), row.getAs("edition_id"));
            } else if (table.equals(LakeTables.PARTNERS)) {
                programmeByPartner.put(row.getAs("partner_id"), row.getAs("programme_id"));
            }
        }
        return new ReferenceData(
                programmeByEdition, enrolments, participants, editionBySession, roleByEnrolment, programmeByPartner);
    }

    /** The report without the temporary log's path, which is gone once the dry run ends. */
    private static FileReport withoutLog(FileReport report) {
        return new FileReport(
                report.file(),
                report.batchId(),
                report.kind(),
                report.status(),
                report.rowsRead(),
                report.rowsAccepted(),
                report.rowsQuarantined(),
                "",
                report.rowsWithQuarantinedAnswers(),
                report.rowsPending());
    }

    /** The first lines of a file's temporary quarantine log, notes left out. */
    private static List<QuarantineItem> first(FileReport report) {
        if (report.quarantineLog().isEmpty() || !Files.isRegularFile(Path.of(report.quarantineLog()))) {
            return List.of();
        }
        String batch = report.batchId().substring(0, 12);
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(Path.of(report.quarantineLog()))) {
            return reader.stream()
                    .skip(1)
                    .filter(record ->
                            record.getFieldCount() >= 7 && !record.getField(6).equals(Outcome.NOTE.code()))
                    .limit(FilePreview.SHOWN)
                    .map(record -> new QuarantineItem(
                            batch,
                            record.getField(0),
                            Long.parseLong(record.getField(1)),
                            record.getField(2),
                            record.getField(3),
                            record.getField(4),
                            record.getField(5),
                            record.getField(6),
                            "open",
                            ""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the dry run's quarantine log " + report.quarantineLog() + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is removed with the others; the dry run's answer stands.
        }
    }
}
