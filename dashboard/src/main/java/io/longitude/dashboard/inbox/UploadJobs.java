package io.longitude.dashboard.inbox;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.longitude.core.files.OwnerOnly;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.ingest.FileReport;
import io.longitude.ingest.WriteScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Runs uploads in the background, through the lake's writer queue ({@link LakeWriter}) with the inbox and the analysis: the file goes into a private inbox of its own with a rule for the
 * chosen mapping, so that an upload is ingested exactly like a file of the inbox, report included.
 */
@Service
public class UploadJobs {
    private static final int QUARANTINE_SHOWN = 50;

    private final IngestService ingest;
    private final Path uploads;
    private final LakeWriter writer;
    private final Map<String, UploadJob> jobs = new ConcurrentHashMap<>();

    public UploadJobs(IngestService ingest, LakeWriter writer, LongitudeProperties properties) {
        this.ingest = ingest;
        this.writer = writer;
        this.uploads = Path.of(properties.inbox()).resolveSibling("uploads");
    }

    /**
     * Queues an upload by the user {@code owner}, who may write rows of the programmes of {@code scope} only (the
     * others are quarantined, {@code OUT_OF_SCOPE}); {@code mapping} is a mapping file, or empty for canonical files.
     */
    public UploadJob submit(
            String owner, WriteScope scope, String fileName, InputStream content, Optional<Path> mapping) {
        return submit(owner, scope, fileName, content, mapping, report -> {});
    }

    /** Queues an upload and tells {@code processed} what became of the file once ingested (e.g. to audit it). */
    public UploadJob submit(
            String owner,
            WriteScope scope,
            String fileName,
            InputStream content,
            Optional<Path> mapping,
            Consumer<FileReport> processed) {
        String id = UUID.randomUUID().toString();
        String cleaned = Path.of(fileName).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        // Not the rules file of the upload's inbox, nor a hidden file the inbox skips.
        String safeName =
                cleaned.equals(InboxConfig.FILE_NAME) || cleaned.startsWith(".") ? "upload-" + cleaned : cleaned;
        Path inbox = uploads.resolve(id);
        try {
            OwnerOnly.folder(inbox);
            OwnerOnly.copy(content, inbox.resolve(safeName));
            OwnerOnly.writeString(
                    inbox.resolve(InboxConfig.FILE_NAME),
                    "rules:\n  - match: \"*\"\n"
                            + mapping.map(path ->
                                            "    mapping: \"" + path.toString().replace("\"", "") + "\"\n")
                                    .orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload " + safeName + ": " + e.getMessage(), e);
        }
        UploadJob job = new UploadJob(
                id,
                owner,
                safeName,
                mapping.map(Path::toString).orElse("canonical"),
                "queued",
                List.of(),
                List.of(),
                List.of());
        jobs.put(id, job);
        writer.submit(id, "upload " + safeName, () -> run(job, inbox, scope, processed));
        return job;
    }

    public Optional<UploadJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** How many writes of the lake run or wait before this upload; empty once it runs no more. */
    public OptionalInt ahead(String id) {
        return writer.ahead(id);
    }

    private void run(UploadJob job, Path inbox, WriteScope scope, Consumer<FileReport> processed) {
        jobs.put(job.id(), job.with("ingesting", List.of(), List.of(), List.of()));
        List<FileReport> files = new CopyOnWriteArrayList<>();
        try {
            List<String> report = ingest.processor().process(inbox, scope, file -> {
                files.add(file);
                processed.accept(file);
            });
            boolean failed = Files.exists(inbox.resolve("failed").resolve(job.fileName()));
            jobs.put(job.id(), job.with(failed ? "failed" : "done", report, files, quarantined(report)));
        } catch (RuntimeException e) {
            jobs.put(job.id(), job.with("failed", List.of(String.valueOf(e.getMessage())), files, List.of()));
        }
    }

    private static List<List<String>> quarantined(List<String> report) {
        return report.stream()
                .filter(line -> line.contains(FileReport.LOG_MARKER))
                .map(line ->
                        Path.of(line.substring(line.indexOf(FileReport.LOG_MARKER) + FileReport.LOG_MARKER.length())
                                .trim()))
                .filter(Files::isRegularFile)
                .flatMap(UploadJobs::rows)
                .limit(QUARANTINE_SHOWN)
                .toList();
    }

    private static Stream<List<String>> rows(Path quarantine) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(quarantine)) {
            return reader.stream().skip(1).limit(QUARANTINE_SHOWN).map(CsvRecord::getFields).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
