package io.longitude.ingest.source;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.longitude.ingest.IngestErrorCode;
import io.longitude.ingest.IngestException;
import io.longitude.ingest.mapping.Mapping;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * ODK Central's {@code submissions.csv.zip}: the root table {@code <form>.csv} and one {@code <form>-<repeat>.csv} per
 * repeat group, whose rows join their submission through {@code PARENT_KEY} = the root's {@code KEY}. Repeat columns are
 * offered as {@code <repeat>/<column>} (see {@link RepeatGroups}). Entries that inflate more than 100 times, or past
 * 1 GiB, are refused as zip bombs.
 */
public final class OdkSubmissionsZip extends MappedExport {
    private static final long MAXIMUM_ENTRY_BYTES = 1L << 30;
    private static final long MAXIMUM_RATIO = 100;

    private final Path path;
    private final List<List<String>> rows;
    private final List<Long> lines;

    private OdkSubmissionsZip(Path path, Mapping mapping, Header header, List<List<String>> rows, List<Long> lines) {
        super(mapping, header);
        this.path = path;
        this.rows = rows;
        this.lines = lines;
    }

    public static OdkSubmissionsZip open(Path path, Mapping mapping) {
        if (!Files.isRegularFile(path)) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE, "Cannot read " + path + ", it is not a readable file");
        }
        try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
            String root = mapping.form() + ".csv";
            ZipEntry rootEntry = zip.getEntry(root);
            if (rootEntry == null) {
                throw new IngestException(
                        IngestErrorCode.UNKNOWN_FORMAT,
                        "Cannot ingest " + path + " with mapping " + mapping.name() + ", the zip has no root table "
                                + root + " (the mapping's form)");
            }
            List<List<String>> table = read(zip, rootEntry, path);
            RepeatGroups repeats = new RepeatGroups();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(mapping.form() + "-") && name.endsWith(".csv")) {
                    List<List<String>> repeat = read(zip, entry, path);
                    if (!repeat.isEmpty()) {
                        repeats.add(
                                name.substring(mapping.form().length() + 1, name.length() - 4),
                                repeat.get(0),
                                repeat.subList(1, repeat.size()),
                                "PARENT_KEY");
                    }
                }
            }
            if (table.isEmpty()) {
                throw new IngestException(
                        IngestErrorCode.UNKNOWN_FORMAT,
                        "Cannot ingest " + path + ", the root table " + root + " is empty");
            }
            List<String> names = new ArrayList<>(table.get(0));
            names.addAll(repeats.columns());
            Header header = Header.of(names);
            header.require(mapping, path);
            int key = table.get(0).indexOf("KEY");
            List<List<String>> rows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            for (int index = 1; index < table.size(); index++) {
                List<String> row = new ArrayList<>(table.get(index));
                if (mapping.padShortRows()) {
                    while (row.size() < table.get(0).size()) {
                        row.add("");
                    }
                }
                if (row.size() == table.get(0).size()) {
                    row.addAll(repeats.values(key >= 0 ? row.get(key) : ""));
                }
                rows.add(row);
                lines.add(index + 1L);
            }
            return new OdkSubmissionsZip(path, mapping, header, rows, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IngestException ingest) {
                throw ingest;
            }
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE,
                    "Cannot read " + path + " as an ODK Central submissions zip: " + e.getMessage(),
                    e);
        }
    }

    private static List<List<String>> read(ZipFile zip, ZipEntry entry, Path path) throws IOException {
        if (entry.getSize() > MAXIMUM_ENTRY_BYTES
                || (entry.getCompressedSize() > 0
                        && entry.getSize() > (1L << 20)
                        && entry.getSize() / entry.getCompressedSize() > MAXIMUM_RATIO)) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE,
                    "Cannot read " + path + ", entry " + entry.getName() + " inflates too much (" + entry.getSize()
                            + " bytes from " + entry.getCompressedSize() + "): refused as a zip bomb");
        }
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            for (CsvRecord record : reader) {
                rows.add(record.getFields());
            }
        }
        return rows;
    }

    @Override
    public void forEach(Consumer<SourceRow> action) {
        for (int index = 0; index < rows.size(); index++) {
            action.accept(new SourceRow(lines.get(index), rows.get(index)));
        }
    }

    @Override
    public void close() {
        // The zip is read whole when opened.
    }
}
