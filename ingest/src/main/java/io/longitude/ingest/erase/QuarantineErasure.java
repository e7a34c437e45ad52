package io.longitude.ingest.erase;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.longitude.ingest.lake.SpreadsheetSafe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes a person from the quarantine files, which hold rejected values in clear (a source id that matched no
 * enrolment, a ties list naming other participants). A line whose cell is the person's source id or pseudonym is
 * the person's own rejected row and goes, as does a line whose row key ({@code table|pseudonym|...}) names them (an answer
 * of theirs set aside); a line that only mentions them (another respondent's ties) keeps its
 * line with the identifier replaced by {@value #ERASED}. Each file is rewritten beside itself and moved over the
 * original atomically, so a reader sees the old file or the new one, never half of it.
 */
final class QuarantineErasure {
    static final String ERASED = "[erased]";

    private final Pattern identifier;
    private final List<String> ownCells;

    QuarantineErasure(String sourceId, String pseudonym) {
        String trimmed = sourceId.trim();
        this.identifier = Pattern.compile(
                "(?<![A-Za-z0-9_-])(" + Pattern.quote(trimmed) + "|" + Pattern.quote(pseudonym) + ")(?![A-Za-z0-9_-])");
        this.ownCells = List.of(trimmed, SpreadsheetSafe.text(trimmed), pseudonym);
    }

    /** Erases the person from every {@code .csv} file of the folder; a missing folder has nothing to erase. */
    QuarantineCount erase(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new QuarantineCount(0, 0, 0);
        }
        QuarantineCount total = new QuarantineCount(0, 0, 0);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList()) {
                total = total.plus(eraseFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the quarantine folder " + folder + ": " + e.getMessage(), e);
        }
        return total;
    }

    private QuarantineCount eraseFile(Path file) throws IOException {
        List<List<String>> kept = new ArrayList<>();
        long removed = 0;
        long redacted = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord record : reader) {
                List<String> cells = record.getFields();
                if (cells.stream()
                        .anyMatch(
                                cell -> ownCells.contains(cell.trim()) || cell.contains("|" + ownCells.get(2) + "|"))) {
                    removed++;
                    continue;
                }
                List<String> cleaned = cells.stream()
                        .map(cell -> identifier.matcher(cell).replaceAll(Matcher.quoteReplacement(ERASED)))
                        .toList();
                if (!cleaned.equals(cells)) {
                    redacted++;
                }
                kept.add(cleaned);
            }
        }
        if (removed == 0 && redacted == 0) {
            return new QuarantineCount(0, 0, 0);
        }
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".erasing");
        try {
            try (CsvWriter writer =
                    CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(temporary, StandardCharsets.UTF_8)) {
                kept.forEach(writer::writeRecord);
            }
            if (kept.size() <= 1) {
                Files.delete(file);
                Files.delete(temporary);
            } else {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new QuarantineCount(1, removed, redacted);
    }

    /**
     * @param files quarantine files rewritten (or deleted when only their header was left)
     * @param linesRemoved the person's own rejected rows
     * @param linesRedacted other rows that named the person, kept with {@value #ERASED} in its place
     */
    record QuarantineCount(long files, long linesRemoved, long linesRedacted) {
        QuarantineCount plus(QuarantineCount other) {
            return new QuarantineCount(
                    files + other.files, linesRemoved + other.linesRemoved, linesRedacted + other.linesRedacted);
        }
    }
}
