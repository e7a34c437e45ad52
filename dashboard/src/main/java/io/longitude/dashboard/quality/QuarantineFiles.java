package io.longitude.dashboard.quality;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the quarantine folder that ingest writes: one CSV per ingested file with rejected rows, named
 * {@code <first 12 hex digits of the file's SHA-256>-<file name>.csv}, columns file, line, field, value, code, reason.
 * Only the counts per file, code, field and reason leave this class; the values stay in the files.
 */
final class QuarantineFiles {
    private static final String NAME = "[0-9a-f]{12}-.*\\.csv";
    /** Shorter values (a code, a digit) identify nobody, and replacing them would garble the reason (W0 → W…). */
    private static final int MIN_REDACTED = 3;

    private QuarantineFiles() {}

    /**
     * The quarantined rows of the batches whose prefixes are given, counted per file, code, field and reason.
     *
     * @param fileNames the ingested file's name per batch prefix
     */
    static List<QuarantineLine> count(Path folder, Map<String, String> fileNames) {
        Map<List<String>, Long> counts = new TreeMap<>(QuarantineFiles::compare);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String prefix = name.length() > 12 ? name.substring(0, 12) : "";
                if (!name.matches(NAME) || !fileNames.containsKey(prefix)) {
                    continue;
                }
                try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
                    for (NamedCsvRecord record : reader) {
                        String field = record.findField("field").orElse("");
                        String reason = redacted(record.findField("reason").orElse(""), record.findField("value").orElse(""));
                        counts.merge(List.of(fileNames.get(prefix), record.findField("code").orElse(""), field, reason), 1L, Long::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the quarantine folder " + folder + ": " + e.getMessage(), e);
        }
        List<QuarantineLine> lines = new ArrayList<>();
        counts.forEach((key, rows) -> lines.add(new QuarantineLine(key.get(0), key.get(1), key.get(2), key.get(3), rows)));
        return lines;
    }

    /** The reason without the rejected value (as written, and without the quote that keeps spreadsheets safe). */
    static String redacted(String reason, String value) {
        String result = reason;
        for (String shown : List.of(value.startsWith("'") ? value.substring(1) : value, value)) {
            if (shown.strip().length() >= MIN_REDACTED) {
                result = result.replace(shown, "…");
            }
        }
        return result;
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
