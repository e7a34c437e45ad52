package io.longitude.ingest.source;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.longitude.ingest.IngestErrorCode;
import io.longitude.ingest.IngestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Reading records from FastCSV with its failures turned into typed rejections that name the file. */
public final class CsvRecords {
    private CsvRecords() {}

    /** The next record, or null at the end. Text that is not valid in its encoding, or unparseable CSV, rejects the file. */
    public static CsvRecord next(Path path, Iterator<CsvRecord> records) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (NoSuchElementException e) {
            return null;
        } catch (UncheckedIOException e) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE,
                    "Cannot read " + path + ", it is not valid text in its encoding: " + e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE, "Cannot parse " + path + " as CSV: " + e.getMessage(), e);
        }
    }

    public static void close(CsvReader<CsvRecord> reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
