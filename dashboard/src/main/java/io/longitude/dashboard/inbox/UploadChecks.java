package io.longitude.dashboard.inbox;

import io.longitude.core.files.OwnerOnly;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.ingest.WriteScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Uploads checked before they are committed: the file is stored (owner-only) and read by a dry run, whose answer the
 * page shows; only its owner's confirmation queues it for the lake ({@link UploadJobs}). Where the export does not
 * carry the edition or the wave, the chosen ones are written into a copy of its mapping as constants.
 */
@Service
public class UploadChecks {
    private final IngestService ingest;
    private final Path folder;
    private final Map<String, CheckedUpload> checked = new ConcurrentHashMap<>();

    public UploadChecks(IngestService ingest, LongitudeProperties properties) {
        this.ingest = ingest;
        this.folder = Path.of(properties.inbox()).resolveSibling("uploads").resolve("checks");
    }

    /**
     * Stores and checks an upload.
     *
     * @param edition the edition of every row, when the export does not carry it (with a mapping only)
     * @param wave the wave of every row, when the export does not carry it (with a mapping only)
     */
    public CheckedUpload check(
            String owner,
            WriteScope scope,
            String fileName,
            InputStream content,
            Optional<Path> mapping,
            String reading,
            Optional<String> edition,
            Optional<String> wave) {
        String id = UUID.randomUUID().toString();
        String safeName = Path.of(fileName).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        Path stored = folder.resolve(id);
        Optional<Path> readWith;
        try {
            OwnerOnly.folder(stored);
            OwnerOnly.copy(content, stored.resolve(safeName));
            readWith = mapping.isPresent() && (edition.isPresent() || wave.isPresent())
                    ? Optional.of(OwnerOnly.writeString(
                            stored.resolve("mapping.yaml"),
                            withConstants(Files.readString(mapping.get()), edition, wave)))
                    : mapping;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload " + safeName + ": " + e.getMessage(), e);
        }
        CheckedUpload upload = new CheckedUpload(
                id,
                owner,
                safeName,
                stored.resolve(safeName),
                readWith,
                reading,
                scope,
                ingest.dryRun(scope, readWith, stored.resolve(safeName)));
        checked.put(id, upload);
        return upload;
    }

    public Optional<CheckedUpload> get(String id) {
        return Optional.ofNullable(checked.get(id));
    }

    /** Forgets a checked upload and deletes its stored file (once committed: the commit has its own copy). */
    public void remove(String id) {
        checked.remove(id);
        Path stored = folder.resolve(id);
        if (!Files.isDirectory(stored)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(stored)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left for the next clean-up; the upload itself is done.
        }
    }

    /** The mapping's YAML with {@code edition_id} and {@code wave} replaced by the chosen constants. */
    static String withConstants(String yaml, Optional<String> edition, Optional<String> wave) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        edition.ifPresent(value -> put(lines, "edition_id", value));
        wave.ifPresent(value -> put(lines, "wave", value));
        return String.join("\n", lines) + "\n";
    }

    private static void put(List<String> lines, String key, String value) {
        String line = key + ": {value: \"" + value.replace("\"", "") + "\"}";
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).startsWith(key + ":")) {
                lines.set(index, line);
                return;
            }
        }
        lines.add(line);
    }
}
