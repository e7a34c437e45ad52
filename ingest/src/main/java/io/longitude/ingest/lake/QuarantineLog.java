package io.longitude.ingest.lake;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.longitude.core.files.OwnerOnly;
import io.longitude.ingest.validation.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Adds lines to a file's quarantine log after its ingest: the answers set aside in its pending rows once retried. */
public final class QuarantineLog {
    private QuarantineLog() {}

    public static void append(Path folder, String batchId, String fileName, List<Rejection> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Path log = folder.resolve(Quarantine.logName(batchId, fileName));
        try {
            boolean fresh = !Files.exists(log);
            OwnerOnly.file(log);
            try (Writer writer = Files.newBufferedWriter(
                            log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    CsvWriter csv =
                            CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer)) {
                if (fresh) {
                    csv.writeRecord(Quarantine.HEADER);
                }
                for (Rejection line : lines) {
                    csv.writeRecord(Quarantine.line(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the quarantine file " + log + ": " + e.getMessage(), e);
        }
    }
}
