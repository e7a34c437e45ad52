package io.longitude.ingest;

import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.ingest.canonical.CanonicalFile;
import io.longitude.ingest.canonical.FileKind;
import io.longitude.ingest.mapping.MappedConverter;
import io.longitude.ingest.mapping.Mapping;
import io.longitude.ingest.source.DelimitedExport;
import io.longitude.ingest.source.OdkSubmissionsZip;
import io.longitude.ingest.source.RowSource;
import io.longitude.ingest.source.SourceRow;
import io.longitude.ingest.source.SpreadsheetExport;
import io.longitude.ingest.lake.Quarantine;
import io.longitude.ingest.lake.StagingFile;
import io.longitude.ingest.validation.Fields;
import io.longitude.ingest.validation.FollowupConverter;
import io.longitude.ingest.validation.ReferenceData;
import io.longitude.ingest.validation.Rejection;
import io.longitude.ingest.validation.RosterConverters;
import io.longitude.ingest.validation.RowConverter;
import io.longitude.ingest.validation.RowRejection;
import io.longitude.ingest.validation.StaffConverter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
        return mapping.<RowSource>map(value -> switch (value.format()) {
                    case "xlsx" -> SpreadsheetExport.open(file, value);
                    case "odk-zip" -> OdkSubmissionsZip.open(file, value);
                    default -> DelimitedExport.open(file, value);
                })
                .orElseGet(() -> CanonicalFile.open(file, instrument));
    }

    /** Validates without committing: what ingest would accept and quarantine. */
    FileReport check(Path file, String batchId, ReferenceData references) {
        try (RowSource source = open(file)) {
            RowConverter converter = converter(source.kind(), references);
            Quarantine quarantine = new Quarantine(config.quarantineDir(), batchId, file.getFileName().toString());
            try (StagingFile staging = new StagingFile(converter.table())) {
                long read = validate(file, source, converter, staging, quarantine);
                quarantine.close();
                return new FileReport(file, batchId, source.kind().code(), FileReport.Status.CHECKED, read, staging.rows(),
                        quarantine.rows(), quarantine.rows() == 0 ? "" : quarantine.path().toString());
            }
        }
    }

    /** The converter of the file's kind: its rows are checked against {@code references}. */
    RowConverter converter(FileKind kind, ReferenceData references) {
        return switch (kind) {
            case EDITIONS -> RosterConverters.editions();
            case PARTICIPANTS -> RosterConverters.participants(references, config.pseudonymizer());
            case SESSIONS -> RosterConverters.sessions(references, config.pseudonymizer());
            case ATTENDANCE -> RosterConverters.attendance(references, config.pseudonymizer());
            case ASSESSMENTS -> RosterConverters.assessments(references, config.pseudonymizer());
            case FOLLOWUP -> mapping.<RowConverter>map(value -> new MappedConverter(value, instrument,
                            new FollowupConverter(instrument, references, config.pseudonymizer(), value.tool())))
                    .orElseGet(() -> new FollowupConverter(instrument, references, config.pseudonymizer(), FollowupConverter.CANONICAL));
            case STAFF_FOLLOWUP -> new StaffConverter(InstrumentLoader.staff(), references, config.pseudonymizer());
        };
    }

    long validate(Path file, RowSource source, RowConverter converter, StagingFile staging, Quarantine quarantine) {
        Map<String, Integer> columns = source.columns();
        int width = source.width();
        Map<String, Long> firstLineByKey = new HashMap<>();
        String name = file.getFileName().toString();
        long[] read = {0};
        source.forEach(record -> {
            read[0]++;
            try {
                Map<String, Object> row = convert(converter, columns, width, record);
                String key = converter.table().naturalKey().stream().map(column -> String.valueOf(row.get(column))).collect(Collectors.joining("|"));
                Long first = firstLineByKey.putIfAbsent(key, record.line());
                if (first != null) {
                    throw new RowRejection(IngestErrorCode.DUPLICATE_ROW, String.join("+", converter.table().naturalKey()), "",
                            "repeats the row of line " + first);
                }
                staging.write(row);
            } catch (RowRejection rejection) {
                quarantine.add(new Rejection(name, record.line(), rejection.field(), rejection.value(),
                        rejection.code(), rejection.reason()));
            }
        });
        return read[0];
    }

    private static Map<String, Object> convert(RowConverter converter, Map<String, Integer> columns, int width, SourceRow record)
            throws RowRejection {
        if (record.fields().size() != width) {
            throw new RowRejection(IngestErrorCode.MALFORMED_ROW, "", "",
                    "expected " + width + " fields as in the header, found " + record.fields().size());
        }
        return converter.convert(new Fields(columns, record.fields()));
    }

}
