package io.longitude.ingest;

import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.core.lake.TableDefinition;
import io.longitude.ingest.canonical.CanonicalFile;
import io.longitude.ingest.canonical.FileKind;
import io.longitude.ingest.lake.Quarantine;
import io.longitude.ingest.lake.StagingFile;
import io.longitude.ingest.mapping.MappedConverter;
import io.longitude.ingest.mapping.Mapping;
import io.longitude.ingest.source.DelimitedExport;
import io.longitude.ingest.source.OdkSubmissionsZip;
import io.longitude.ingest.source.RowSource;
import io.longitude.ingest.source.SpreadsheetExport;
import io.longitude.ingest.validation.FeedbackConverter;
import io.longitude.ingest.validation.FieldIssue;
import io.longitude.ingest.validation.Fields;
import io.longitude.ingest.validation.FollowupConverter;
import io.longitude.ingest.validation.Outcome;
import io.longitude.ingest.validation.PartnerConverters;
import io.longitude.ingest.validation.ReferenceData;
import io.longitude.ingest.validation.Rejection;
import io.longitude.ingest.validation.RosterConverters;
import io.longitude.ingest.validation.RowConverter;
import io.longitude.ingest.validation.RowRejection;
import io.longitude.ingest.validation.StaffConverter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Reads one file and checks every row, without Spark: accepted rows go to a staging file, rejected ones to the
 * quarantine. The same path serves ingest (which then commits) and {@link Ingest#check} (which does not).
 */
final class FileValidation {
    private final IngestConfig config;
    private final Instrument instrument;
    private final Optional<Mapping> mapping;

    FileValidation(IngestConfig config, Instrument instrument, Optional<Mapping> mapping) {
        this.config = config;
        this.instrument = instrument;
        this.mapping = mapping;
    }

    /** Opens a file as canonical, or as a tool's export when there is a mapping. */
    RowSource open(Path file) {
        return open(file, instrument, mapping);
    }

    static RowSource open(Path file, Instrument instrument, Optional<Mapping> mapping) {
        return mapping.<RowSource>map(value -> switch (value.format()) {
                    case "xlsx" -> SpreadsheetExport.open(file, value);
                    case "odk-zip" -> OdkSubmissionsZip.open(file, value);
                    default -> DelimitedExport.open(file, value);
                })
                .orElseGet(() -> CanonicalFile.open(file, instrument));
    }

    /** Validates without committing: what ingest would accept and quarantine. */
    FileReport check(Path file, String batchId, ReferenceData references) {
        return check(file, batchId, references, (table, staged) -> {});
    }

    /**
     * Validates without committing, and hands the accepted rows (the staging file's URI, JSON Lines of the table's
     * columns but {@code batch_id}) to {@code staged} before they are deleted.
     */
    FileReport check(Path file, String batchId, ReferenceData references, BiConsumer<TableDefinition, String> staged) {
        try (RowSource source = open(file)) {
            RowConverter converter = converter(source.kind(), references);
            Quarantine quarantine = Quarantine.ofDryRun(
                    config.quarantineDir(), batchId, file.getFileName().toString());
            try (StagingFile staging = new StagingFile(converter.table())) {
                Validated validated =
                        validate(file, source, converter, staging, quarantine, Map.of(), (key, field) -> {});
                quarantine.close();
                String uri = staging.finish();
                if (staging.rows() > 0) {
                    staged.accept(converter.table(), uri);
                }
                return FileReport.of(
                        file,
                        batchId,
                        source.kind().code(),
                        FileReport.Status.CHECKED,
                        validated.read(),
                        staging.rows(),
                        validated.withAnswersSetAside(),
                        quarantine);
            }
        }
    }

    /** The converter of the file's kind: its rows are checked against {@code references}. */
    RowConverter converter(FileKind kind, ReferenceData references) {
        RowConverter converter = unscoped(kind, references);
        return config.scope().everyProgramme() ? converter : new ScopedConverter(converter, config.scope(), references);
    }

    private RowConverter unscoped(FileKind kind, ReferenceData references) {
        return switch (kind) {
            case EDITIONS -> RosterConverters.editions();
            case PARTICIPANTS -> RosterConverters.participants(references, config.pseudonymizer());
            case SESSIONS -> RosterConverters.sessions(references, config.pseudonymizer());
            case ATTENDANCE -> RosterConverters.attendance(references, config.pseudonymizer());
            case ASSESSMENTS -> RosterConverters.assessments(references, config.pseudonymizer());
            case FOLLOWUP ->
                mapping.<RowConverter>map(value -> new MappedConverter(
                                value,
                                instrument,
                                new FollowupConverter(instrument, references, config.pseudonymizer(), value.tool())))
                        .orElseGet(() -> new FollowupConverter(
                                instrument, references, config.pseudonymizer(), FollowupConverter.CANONICAL));
            case STAFF_FOLLOWUP -> new StaffConverter(InstrumentLoader.staff(), references, config.pseudonymizer());
            case SESSION_FEEDBACK -> feedback(references);
            case PARTNERS -> PartnerConverters.partners();
            case PARTNER_FOLLOWUP -> PartnerConverters.responses(InstrumentLoader.partner(), references);
        };
    }

    private RowConverter feedback(ReferenceData references) {
        Instrument feedback = InstrumentLoader.sessionFeedback();
        return mapping.<RowConverter>map(value -> new MappedConverter(
                        value,
                        feedback,
                        new FeedbackConverter(feedback, references, config.pseudonymizer(), value.tool())))
                .orElseGet(() -> new FeedbackConverter(
                        feedback, references, config.pseudonymizer(), FollowupConverter.CANONICAL));
    }

    /**
     * Checks every row: an accepted row goes to staging, its answers set aside and its notes to the quarantine log; a
     * row whose identity fails is rejected whole, or pending when only a reference is missing (kept whole for a retry).
     *
     * @param open the answers quarantined earlier and not filled since, by row key ({@code table|key}); an accepted
     *     row that now has such an answer fills it, and {@code filled} is told
     */
    Validated validate(
            Path file,
            RowSource source,
            RowConverter converter,
            StagingFile staging,
            Quarantine quarantine,
            Map<String, Set<String>> open,
            java.util.function.BiConsumer<String, String> filled) {
        Map<String, Integer> columns = source.columns();
        int width = source.width();
        Map<String, Long> firstLineByKey = new HashMap<>();
        String name = file.getFileName().toString();
        String table = converter.table().name();
        long[] counts = {0, 0};
        source.forEach(record -> {
            counts[0]++;
            Fields fields = new Fields(columns, record.fields());
            try {
                Map<String, Object> row = convert(converter, width, fields);
                String key = converter.table().naturalKey().stream()
                        .map(column -> String.valueOf(row.get(column)))
                        .collect(Collectors.joining("|"));
                Long first = firstLineByKey.putIfAbsent(key, record.line());
                if (first != null) {
                    throw new RowRejection(
                            IngestErrorCode.DUPLICATE_ROW,
                            String.join("+", converter.table().naturalKey()),
                            "",
                            "repeats the row of line " + first);
                }
                staging.write(row);
                String rowKey = table + "|" + key;
                List<FieldIssue> issues = fields.issues();
                if (issues.stream().anyMatch(issue -> !issue.note())) {
                    counts[1]++;
                }
                for (FieldIssue issue : issues) {
                    quarantine.add(new Rejection(
                            name,
                            record.line(),
                            issue.field(),
                            issue.value(),
                            issue.code(),
                            issue.reason(),
                            issue.note() ? Outcome.NOTE : Outcome.ANSWER,
                            rowKey));
                }
                Set<String> waiting = open.get(rowKey);
                if (waiting != null) {
                    waiting.stream()
                            .filter(field -> row.get(field) != null)
                            .forEach(field -> filled.accept(rowKey, field));
                }
            } catch (RowRejection rejection) {
                boolean pending = rejection.code() == IngestErrorCode.UNKNOWN_REFERENCE;
                quarantine.add(new Rejection(
                        name,
                        record.line(),
                        rejection.field(),
                        rejection.value(),
                        rejection.code(),
                        rejection.reason(),
                        pending ? Outcome.PENDING : Outcome.REJECTED,
                        ""));
                if (pending) {
                    quarantine.keepPending(record.line(), source.kind().code(), source.tool(), fields.canonical());
                }
            }
        });
        return new Validated(counts[0], counts[1]);
    }

    /**
     * What validation counted.
     *
     * @param read rows read
     * @param withAnswersSetAside accepted rows with at least one answer set aside
     */
    record Validated(long read, long withAnswersSetAside) {}

    private static Map<String, Object> convert(RowConverter converter, int width, Fields fields) throws RowRejection {
        if (fields.values().size() != width) {
            throw new RowRejection(
                    IngestErrorCode.MALFORMED_ROW,
                    "",
                    "",
                    "expected " + width + " fields as in the header, found "
                            + fields.values().size());
        }
        return converter.convert(fields);
    }
}
