package io.longitude.ingest;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What ingest would do with one file, from a dry run ({@link Ingest#dryRun}): its validation report, what its merge
 * would insert, update and leave as it is, and its first quarantine lines with their reasons.
 *
 * @param report the counts of the file (status {@code CHECKED}, or {@code ALREADY_INGESTED} or {@code FAILED})
 * @param table the lake table its rows go to, or empty
 * @param inserted rows whose key the table does not hold
 * @param updated rows whose key the table holds with other content (a corrected export)
 * @param unchanged rows the table holds as they are
 * @param firstQuarantined the first lines of its quarantine log (rows rejected or pending, answers set aside), at most
 *     {@link #SHOWN}; notes on values read generously are left out
 */
public record FilePreview(
        FileReport report,
        String table,
        long inserted,
        long updated,
        long unchanged,
        List<QuarantineItem> firstQuarantined) {
    /** Quarantine lines shown per file. */
    public static final int SHOWN = 10;

    public FilePreview {
        Objects.requireNonNull(report, "report is null");
        table = table == null ? "" : table;
        firstQuarantined = List.copyOf(firstQuarantined);
    }

    /** Lines for a terminal: the counts, what would change, the first quarantined rows. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(report.toString());
        if (report.status() == FileReport.Status.CHECKED) {
            lines.add("  would insert " + inserted + " rows and update " + updated + " in table "
                    + (table.isEmpty() ? "(none)" : table) + " (" + unchanged + " rows the same as in the lake)");
            if (!firstQuarantined.isEmpty()) {
                lines.add("  first quarantined rows (of " + report.rowsQuarantined() + " rows out and "
                        + report.rowsWithQuarantinedAnswers() + " with answers set aside):");
                firstQuarantined.forEach(item -> lines.add("    line " + item.line() + " " + item.outcome() + ": "
                        + (item.field().isEmpty() ? "" : item.field() + ": ") + item.reason()
                        + (item.code().isEmpty() ? "" : " [" + item.code() + "]")
                        + (item.value().isEmpty() ? "" : " value '" + item.value() + "'")));
            }
        }
        return lines;
    }

    @Override
    public String toString() {
        return lines().stream().collect(Collectors.joining("\n"));
    }
}
