package io.longitude.ingest.source;

import java.util.List;

/**
 * One data row of an export.
 *
 * @param line the line it starts on (1-based, header rows counted), or the row number of a spreadsheet
 * @param fields the raw texts in column order
 */
public record SourceRow(long line, List<String> fields) {
    public SourceRow {
        fields = List.copyOf(fields);
    }
}
