package io.longitude.dashboard.inbox;

import io.longitude.ingest.FileReport;
import java.util.List;

/**
 * An uploaded export on its way into the lake.
 *
 * @param owner the user name of who uploaded it; only they (and admins) see the job's report
 * @param state queued, ingesting, done or failed
 * @param report the ingest report, one line per file, then the analysis (English, as the CLI prints it)
 * @param files what became of each file, which the page shows in its own language
 * @param quarantined the first quarantined rows (file, line, field, value, code, reason)
 */
public record UploadJob(
        String id,
        String owner,
        String fileName,
        String mapping,
        String state,
        List<String> report,
        List<FileReport> files,
        List<List<String>> quarantined) {
    public UploadJob {
        report = List.copyOf(report);
        files = List.copyOf(files);
        quarantined = List.copyOf(quarantined);
    }

    UploadJob with(
            String newState, List<String> newReport, List<FileReport> newFiles, List<List<String>> newQuarantined) {
        return new UploadJob(id, owner, fileName, mapping, newState, newReport, newFiles, newQuarantined);
    }

    /** The name of a file of the report, without its folder (the page's expressions may not call {@code Path}). */
    public String nameOf(FileReport file) {
        return file.file().getFileName().toString();
    }

    /**
     * The outcome of a file as the page names it: its status, or {@code NOTHING} for a file that was read but whose
     * rows all stayed out of the lake (rejected or waiting), which is not "in the lake" to its uploader.
     */
    public String outcomeOf(FileReport file) {
        return file.status() == FileReport.Status.INGESTED && file.rowsAccepted() == 0
                ? "NOTHING"
                : file.status().name();
    }

    /** The error code of a file that failed ({@code UNKNOWN_FORMAT}, ...), empty when it did not or none is known. */
    public String failureCode(FileReport file) {
        int colon = file.message().indexOf(':');
        String code = colon < 0 ? "" : file.message().substring(0, colon);
        return file.status() == FileReport.Status.FAILED && code.matches("[A-Z_]+") ? code : "";
    }

    public boolean finished() {
        return state.equals("done") || state.equals("failed");
    }
}
