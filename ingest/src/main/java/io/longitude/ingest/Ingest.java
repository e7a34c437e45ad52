package io.longitude.ingest;

import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.core.progress.Progress;
import io.longitude.ingest.canonical.FileKind;
import io.longitude.ingest.lake.ConflictRetry;
import io.longitude.ingest.lake.DeltaLake;
import io.longitude.ingest.lake.LocalLake;
import io.longitude.ingest.lake.QuarantineLedger;
import io.longitude.ingest.mapping.Mapping;
import io.longitude.ingest.mapping.MappingLoader;
import io.longitude.ingest.mapping.MappingSuggestion;
import io.longitude.ingest.source.FirstRows;
import io.longitude.ingest.source.RowSource;
import io.longitude.ingest.validation.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * The public entry point of ingest, used by the CLI and the dashboard: canonical files into the lake.
 * Files are taken in dependency order (editions, participants, sessions, attendance, assessments, follow-ups, staff
 * follow-ups, whatever their names: {@link #rank}, which the inbox and the upload share); each file is committed in one
 * transaction or not at all; a file already ingested (same SHA-256) changes nothing, unless rows of it are pending
 * (waiting for a participant, edition or session): then they are retried. After a run that brought rosters (or was
 * given a roster again, in case the run that brought it was killed before its retry), every pending row is retried
 * (see {@code docs/quarantine.md}).
 */
public final class Ingest {
    /** Kinds whose rows other files are checked against. */
    static final Set<String> CHANGES_REFERENCES = Set.of(
            FileKind.EDITIONS.code(), FileKind.PARTNERS.code(), FileKind.PARTICIPANTS.code(), FileKind.SESSIONS.code());

    private Ingest() {}

    /** Ingests canonical files into the lake of {@code config}, and reports on each. A failed file does not stop the others. */
    public static IngestReport run(SparkSession spark, IngestConfig config, List<Path> files) {
        return run(spark, config, Optional.empty(), files, Progress.NONE);
    }

    /** Like {@link #run(SparkSession, IngestConfig, List)}, telling {@code progress} as each file begins. */
    public static IngestReport run(SparkSession spark, IngestConfig config, List<Path> files, Progress progress) {
        return run(spark, config, Optional.empty(), files, progress);
    }

    /** Ingests a survey tool's exports of one form through its mapping (see {@code data/mappings/README.md}). */
    public static IngestReport run(SparkSession spark, IngestConfig config, Mapping mapping, List<Path> files) {
        return run(spark, config, Optional.of(mapping), files, Progress.NONE);
    }

    /** Like {@link #run(SparkSession, IngestConfig, Mapping, List)}, telling {@code progress} as each file begins. */
    public static IngestReport run(
            SparkSession spark, IngestConfig config, Mapping mapping, List<Path> files, Progress progress) {
        return run(spark, config, Optional.of(mapping), files, progress);
    }

    /**
     * Reads and checks one file as ingest would, against the given reference data, without Spark and without touching
     * the lake: a dry run. Rejected rows are written to the quarantine folder as usual.
     *
     * @param mapping the mapping of a tool's export, or empty for a canonical file
     */
    public static FileReport check(
            IngestConfig config, Optional<Mapping> mapping, ReferenceData references, Path file) {
        FileValidation validation = new FileValidation(config, InstrumentLoader.followup(), mapping);
        String batchId = "";
        try {
            batchId = sha256(file);
            return validation.check(file, batchId, references);
        } catch (IngestException e) {
            return FileReport.failed(file, batchId, e);
        }
    }

    /**
     * A dry run: checks the files in ingest's order, as ingest would, and says per file what would be accepted,
     * quarantined (the first lines, with their reasons), inserted and updated; writes nothing, neither to the lake nor
     * to the quarantine folder.
     *
     * @param mapping the mapping of a tool's exports, or empty for canonical files
     */
    public static List<FilePreview> dryRun(
            SparkSession spark, IngestConfig config, Optional<Mapping> mapping, List<Path> files) {
        return new DryRun(spark, config, mapping).run(files);
    }

    /**
     * The report of an ingest that has nothing to write, found without Spark: every file is in the lake's batch table
     * already and no quarantined row waits (so that a roster given again retries nothing). Empty when a file is new or
     * unreadable, rows wait, or the lake is not on local disk: then {@link #run} has work to do. The CLI asks before it
     * starts a Spark session.
     *
     * @param mapping the mapping of a tool's exports, or empty for canonical files
     */
    public static Optional<IngestReport> alreadyIngested(
            IngestConfig config, Optional<Mapping> mapping, List<Path> files) {
        if (!QuarantineLedger.read(config.quarantineDir()).openPending().isEmpty()) {
            return Optional.empty();
        }
        Optional<Set<String>> ingested = LocalLake.batchIds(config.lakeRoot());
        if (ingested.isEmpty()) {
            return Optional.empty();
        }
        FileValidation validation = new FileValidation(config, InstrumentLoader.followup(), mapping);
        List<Path> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparingInt(file -> order(validation, file)));
        List<FileReport> reports = new ArrayList<>();
        for (Path file : ordered) {
            String batchId;
            try {
                batchId = sha256(file);
            } catch (IngestException e) {
                return Optional.empty();
            }
            if (!ingested.get().contains(batchId)) {
                return Optional.empty();
            }
            reports.add(FileReport.alreadyIngested(file, batchId));
        }
        return Optional.of(new IngestReport(reports));
    }

    /** A draft mapping (YAML) for a survey tool's export, recognising the tool from its first rows. */
    public static String suggestMapping(Path export) {
        FirstRows first = FirstRows.of(export, 4);
        return MappingSuggestion.draft(
                export.getFileName().toString(), first.rows(), first.separator(), InstrumentLoader.followup());
    }

    /** Reads a mapping file, checked against its instrument: the follow-up, or the session feedback it names. */
    public static Mapping mapping(Path file) {
        return MappingLoader.load(file, InstrumentLoader.followup());
    }

    private static IngestReport run(
            SparkSession spark, IngestConfig config, Optional<Mapping> mapping, List<Path> files, Progress progress) {
        return InterpretedCode.during(spark, files, () -> ingest(spark, config, mapping, files, progress));
    }

    private static IngestReport ingest(
            SparkSession spark, IngestConfig config, Optional<Mapping> mapping, List<Path> files, Progress progress) {
        Instrument instrument = InstrumentLoader.followup();
        DeltaLake lake = new DeltaLake(spark, config.lakeRoot());
        FileValidation validation = new FileValidation(config, instrument, mapping);
        FileIngest ingest = new FileIngest(spark, config, validation, new ConflictRetry(ConflictRetry.DEFAULT));
        // Rows another write left pending were in its scope; this write's scope is not theirs.
        PendingRetry retry = new PendingRetry(spark, config.everyProgramme());
        Set<String> ingested = new HashSet<>(lake.batchIds());
        Set<String> pendingBatches = new HashSet<>();
        QuarantineLedger.read(config.quarantineDir()).openPending().forEach(row -> pendingBatches.add(row.batchId()));
        ReferenceData references = null;
        boolean rostersChanged = false;
        List<FileReport> reports = new ArrayList<>();
        Map<Path, Integer> ranks = new HashMap<>();
        files.forEach(file -> ranks.computeIfAbsent(file, key -> order(validation, key)));
        List<Path> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparingInt(ranks::get));
        Map<Path, String> hashes = new HashMap<>();
        try (PreparedAhead ahead = new PreparedAhead(ingest, config.quarantineDir())) {
            for (int index = 0; index < ordered.size(); index++) {
                Path file = ordered.get(index);
                progress.step(index + 1, ordered.size(), String.valueOf(file.getFileName()));
                String batchId = "";
                try {
                    batchId = hashes.containsKey(file) ? hashes.get(file) : sha256(file);
                    if (!ingested.add(batchId)) {
                        String batch = batchId;
                        List<FileReport> retried = pendingBatches.remove(batchId)
                                ? retry.retry(choice -> choice.row().batchId().equals(batch), RETRY_BY_REDROP)
                                : List.of();
                        reports.add(
                                retried.isEmpty()
                                        ? FileReport.alreadyIngested(file, batchId)
                                        : again(file, retried.get(0)));
                        references = null;
                        // A roster given again: the run that brought it may have been killed before its retry.
                        rostersChanged |= ranks.get(file) <= FileKind.SESSIONS.ordinal();
                        continue;
                    }
                    if (references == null) {
                        references = lake.references();
                    }
                    PreparedFile prepared = ahead.take(file, batchId, references);
                    prepareNext(ahead, ordered, index, ranks, hashes, ingested, pendingBatches, references);
                    FileReport report = ingest.commit(prepared);
                    if (CHANGES_REFERENCES.contains(report.kind())) {
                        references = null;
                        rostersChanged |= report.rowsAccepted() > 0;
                    }
                    reports.add(report);
                } catch (IngestException e) {
                    reports.add(FileReport.failed(file, batchId, e));
                }
            }
        }
        if (rostersChanged) {
            retry.retry(choice -> true, RETRY_BY_ROSTER).stream()
                    .filter(report -> report.rowsAccepted() > 0 || report.rowsRejected() > 0)
                    .forEach(reports::add);
        }
        return new IngestReport(reports);
    }

    /**
     * Starts preparing the file after {@code index} while this one is committed, when neither is a roster (so the
     * reference data stays as it is) and the next file's bytes are new to the lake and to this run.
     */
    private static void prepareNext(
            PreparedAhead ahead,
            List<Path> ordered,
            int index,
            Map<Path, Integer> ranks,
            Map<Path, String> hashes,
            Set<String> ingested,
            Set<String> pendingBatches,
            ReferenceData references) {
        if (index + 1 >= ordered.size()) {
            return;
        }
        Path next = ordered.get(index + 1);
        if (ranks.get(ordered.get(index)) <= FileKind.SESSIONS.ordinal()
                || ranks.get(next) <= FileKind.SESSIONS.ordinal()) {
            return;
        }
        String nextBatch;
        try {
            nextBatch = sha256(next);
        } catch (IngestException e) {
            return;
        }
        hashes.put(next, nextBatch);
        if (!ingested.contains(nextBatch) && !pendingBatches.contains(nextBatch)) {
            ahead.start(next, nextBatch, references);
        }
    }

    /** Who retried pending rows, as the quarantine records it. */
    static final String RETRY_BY_REDROP = "the same file again";

    static final String RETRY_BY_ROSTER = "a roster arrived";

    /** A file dropped again whose pending rows were retried: its report, under the name it came with. */
    private static FileReport again(Path file, FileReport retried) {
        return new FileReport(
                file,
                retried.batchId(),
                retried.kind(),
                FileReport.Status.RETRIED,
                retried.rowsRead(),
                retried.rowsAccepted(),
                retried.rowsQuarantined(),
                retried.message(),
                retried.rowsWithQuarantinedAnswers(),
                retried.rowsPending());
    }

    /**
     * Retries the pending rows now (the steward's {@code quarantine retry}); with a programme, only the rows whose
     * edition belongs to it.
     *
     * @param by who asked, recorded in the quarantine
     */
    public static IngestReport retry(SparkSession spark, IngestConfig config, Optional<String> programme, String by) {
        return new IngestReport(new PendingRetry(spark, config)
                .retry(choice -> programme.isEmpty() || choice.programme().equals(programme), by));
    }

    /** Every line of the quarantine folder with what became of it. */
    public static List<QuarantineItem> quarantine(Path folder) {
        QuarantineLedger ledger = QuarantineLedger.read(folder);
        Map<String, String> editions = new HashMap<>();
        ledger.openPending()
                .forEach(row -> editions.put(
                        row.batch() + ":" + row.line(),
                        Optional.ofNullable(row.value("edition_id")).orElse("")));
        List<QuarantineItem> items = new ArrayList<>();
        for (QuarantineLedger.Entry entry : ledger.entries()) {
            QuarantineLedger.Later later = ledger.later(entry);
            String state = later == null
                    ? "open"
                    : switch (later.resolution()) {
                        case ACCEPTED -> "accepted on retry";
                        case REJECTED -> "rejected on retry";
                        case SUPERSEDED -> "superseded";
                    };
            items.add(new QuarantineItem(
                    entry.batch(),
                    entry.file(),
                    entry.line(),
                    entry.field(),
                    entry.value(),
                    entry.code(),
                    later != null && later.resolution() == QuarantineLedger.Resolution.REJECTED
                            ? later.reason()
                            : entry.reason(),
                    entry.outcome().code(),
                    state,
                    editions.get(entry.batch() + ":" + entry.line())));
        }
        return items;
    }

    /**
     * The place of a file in the order of ingest: its kind's (rosters before the files that refer to them), unreadable
     * files last. The CLI, the inbox and the upload sort by it, then by name.
     */
    public static int rank(Path file, Optional<Mapping> mapping) {
        try (RowSource source = FileValidation.open(file, InstrumentLoader.followup(), mapping)) {
            return source.kind().ordinal();
        } catch (IngestException | java.io.UncheckedIOException e) {
            return FileKind.values().length;
        }
    }

    private static int order(FileValidation validation, Path file) {
        try (RowSource source = validation.open(file)) {
            return source.kind().ordinal();
        } catch (IngestException | java.io.UncheckedIOException e) {
            return FileKind.values().length;
        }
    }

    /** The SHA-256 of the file's bytes, in hex: the batch id. */
    public static String sha256(Path file) {
        try (InputStream input =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            input.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) input).getMessageDigest().digest());
        } catch (IOException e) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE, "Cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM lacks SHA-256", e);
        }
    }
}
