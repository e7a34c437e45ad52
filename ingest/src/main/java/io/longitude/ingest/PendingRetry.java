package io.longitude.ingest;

import static org.apache.spark.sql.functions.lit;

import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.ingest.canonical.FileKind;
import io.longitude.ingest.lake.DeltaLake;
import io.longitude.ingest.lake.QuarantineLedger;
import io.longitude.ingest.lake.QuarantineLedger.Later;
import io.longitude.ingest.lake.QuarantineLedger.PendingRow;
import io.longitude.ingest.lake.QuarantineLedger.Resolution;
import io.longitude.ingest.lake.QuarantineLog;
import io.longitude.ingest.lake.StagingFile;
import io.longitude.ingest.validation.FeedbackConverter;
import io.longitude.ingest.validation.FieldIssue;
import io.longitude.ingest.validation.Fields;
import io.longitude.ingest.validation.FollowupConverter;
import io.longitude.ingest.validation.Outcome;
import io.longitude.ingest.validation.ReferenceData;
import io.longitude.ingest.validation.Rejection;
import io.longitude.ingest.validation.RowConverter;
import io.longitude.ingest.validation.RowRejection;
import io.longitude.ingest.validation.StaffConverter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Tries the pending rows again against the references the lake holds now: those whose reference has arrived enter
 * the lake under their file's batch id, one insert per file (a key the lake holds already, e.g. from a later export, is
 * left as it is), then are recorded as accepted; those that fail for another
 * reason are recorded as rejected; the others stay pending. Files are taken in the order of their kinds, rosters
 * first. A retry killed after its commit and before its record merges the same rows again next time, which changes
 * nothing: each row enters the lake once.
 */
final class PendingRetry {
    private final SparkSession spark;
    private final IngestConfig config;
    private final DeltaLake lake;

    PendingRetry(SparkSession spark, IngestConfig config) {
        this.spark = spark;
        this.config = config;
        this.lake = new DeltaLake(spark, config.lakeRoot());
    }

    /** Retries the open pending rows that {@code chosen} selects (given the current references); one report per file. */
    List<FileReport> retry(Predicate<PendingChoice> chosen, String by) {
        List<PendingRow> open = QuarantineLedger.read(config.quarantineDir()).openPending();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, List<PendingRow>> byFile = open.stream()
                .collect(Collectors.groupingBy(
                        row -> row.batchId() + "/" + row.file(), LinkedHashMap::new, Collectors.toList()));
        List<List<PendingRow>> files = new ArrayList<>(byFile.values());
        files.sort(Comparator.comparingInt(
                        (List<PendingRow> rows) -> kind(rows.get(0)).ordinal())
                .thenComparing(rows -> rows.get(0).file()));
        ReferenceData references = lake.references();
        List<FileReport> reports = new ArrayList<>();
        for (List<PendingRow> rows : files) {
            ReferenceData current = references;
            List<PendingRow> selected = rows.stream()
                    .filter(row -> chosen.test(new PendingChoice(row, current)))
                    .toList();
            if (selected.isEmpty()) {
                continue;
            }
            FileReport report = retryFile(selected, references, by);
            reports.add(report);
            if (report.rowsAccepted() > 0 && Ingest.CHANGES_REFERENCES.contains(report.kind())) {
                references = lake.references();
            }
        }
        return reports;
    }

    /** A pending row and the references it is checked against, to choose which rows to retry. */
    record PendingChoice(PendingRow row, ReferenceData references) {
        /** The programme of the row's edition (or session's edition), or empty when the lake does not know it. */
        Optional<String> programme() {
            String edition = row.value("edition_id");
            if (edition == null && row.value("session_id") != null) {
                edition = references.editionBySession().get(row.value("session_id"));
            }
            return Optional.ofNullable(
                    edition == null ? null : references.programmeByEdition().get(edition));
        }
    }

    private static FileKind kind(PendingRow row) {
        for (FileKind kind : FileKind.values()) {
            if (kind.code().equals(row.kind())) {
                return kind;
            }
        }
        throw new IllegalStateException(
                "Cannot retry " + row.file() + ":" + row.line() + ", unknown kind " + row.kind());
    }

    private RowConverter converter(FileKind kind, String tool, ReferenceData references) {
        if (kind == FileKind.FOLLOWUP) {
            return new FollowupConverter(InstrumentLoader.followup(), references, config.pseudonymizer(), tool);
        }
        if (kind == FileKind.STAFF_FOLLOWUP) {
            return new StaffConverter(InstrumentLoader.staff(), references, config.pseudonymizer());
        }
        if (kind == FileKind.SESSION_FEEDBACK) {
            return new FeedbackConverter(InstrumentLoader.sessionFeedback(), references, config.pseudonymizer(), tool);
        }
        return new FileValidation(config, InstrumentLoader.followup(), Optional.empty()).converter(kind, references);
    }

    private FileReport retryFile(List<PendingRow> rows, ReferenceData references, String by) {
        PendingRow first = rows.get(0);
        FileKind kind = kind(first);
        RowConverter converter = converter(kind, first.tool(), references);
        List<Later> later = new ArrayList<>();
        List<Rejection> answers = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        long stillPending = 0;
        long withAnswers = 0;
        try (StagingFile staging = new StagingFile(converter.table())) {
            for (PendingRow row : rows) {
                Map<String, Integer> columns = new HashMap<>();
                for (int index = 0; index < row.columns().size(); index++) {
                    columns.put(row.columns().get(index), index);
                }
                Fields fields = new Fields(columns, row.values());
                try {
                    Map<String, Object> converted = converter.convert(fields);
                    String key = converter.table().naturalKey().stream()
                            .map(column -> String.valueOf(converted.get(column)))
                            .collect(Collectors.joining("|"));
                    if (!keys.add(key)) {
                        later.add(new Later(
                                row.batch(),
                                row.line(),
                                "",
                                Resolution.REJECTED,
                                by,
                                "repeats another pending row of the file"));
                        continue;
                    }
                    staging.write(converted);
                    later.add(new Later(
                            row.batch(), row.line(), "", Resolution.ACCEPTED, by, "its reference has arrived"));
                    List<FieldIssue> issues = fields.issues();
                    if (issues.stream().anyMatch(issue -> !issue.note())) {
                        withAnswers++;
                    }
                    for (FieldIssue issue : issues) {
                        answers.add(new Rejection(
                                row.file(),
                                row.line(),
                                issue.field(),
                                issue.value(),
                                issue.code(),
                                issue.reason(),
                                issue.note() ? Outcome.NOTE : Outcome.ANSWER,
                                converter.table().name() + "|" + key));
                    }
                } catch (RowRejection rejection) {
                    if (rejection.code() == IngestErrorCode.UNKNOWN_REFERENCE) {
                        stillPending++;
                    } else {
                        later.add(new Later(
                                row.batch(),
                                row.line(),
                                "",
                                Resolution.REJECTED,
                                by,
                                rejection.field() + ": " + rejection.reason() + " (" + rejection.code() + ")"));
                    }
                }
            }
            String uri = staging.finish();
            if (staging.rows() > 0) {
                StructType schema = StructType.fromDDL(converter.table().ddl());
                Dataset<Row> accepted = spark.read()
                        .schema(schema)
                        .option("mode", "FAILFAST")
                        .json(uri)
                        .withColumn("batch_id", lit(first.batchId()))
                        .selectExpr(converter.table().columnNames().toArray(String[]::new));
                lake.insertNew(converter.table(), accepted, staging.keys());
            }
            QuarantineLog.append(config.quarantineDir(), first.batchId(), first.file(), answers);
            QuarantineLedger.record(config.quarantineDir(), later);
            long accepted = staging.rows();
            long read = rows.size();
            return new FileReport(
                    Path.of(first.file()),
                    first.batchId(),
                    kind.code(),
                    FileReport.Status.RETRIED,
                    read,
                    accepted,
                    read - accepted,
                    stillPending == 0 && answers.isEmpty()
                            ? ""
                            : config.quarantineDir()
                                    .resolve(io.longitude.ingest.lake.Quarantine.logName(first.batchId(), first.file()))
                                    .toString(),
                    withAnswers,
                    stillPending);
        }
    }
}
