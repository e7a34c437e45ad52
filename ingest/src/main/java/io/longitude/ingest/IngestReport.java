package io.longitude.ingest;

import java.util.List;
import java.util.function.ToLongFunction;

/** What one ingest run did, file by file, then the pending rows it retried (reports of status RETRIED). */
public record IngestReport(List<FileReport> files) {
    public IngestReport {
        files = List.copyOf(files);
    }

    /** Rows read from the files (retried rows not counted again). */
    public long rowsRead() {
        return sum(FileReport::rowsRead);
    }

    public long rowsAccepted() {
        return sum(FileReport::rowsAccepted);
    }

    public long rowsQuarantined() {
        return sum(FileReport::rowsQuarantined);
    }

    public long rowsWithQuarantinedAnswers() {
        return sum(FileReport::rowsWithQuarantinedAnswers);
    }

    public long rowsPending() {
        return sum(FileReport::rowsPending);
    }

    /** Pending rows retried in this run that are now in the lake. */
    public long rowsAcceptedOnRetry() {
        return files.stream()
                .filter(file -> file.status() == FileReport.Status.RETRIED)
                .mapToLong(FileReport::rowsAccepted)
                .sum();
    }

    private long sum(ToLongFunction<FileReport> count) {
        return files.stream()
                .filter(file -> file.status() != FileReport.Status.RETRIED)
                .mapToLong(count)
                .sum();
    }

    public long count(FileReport.Status status) {
        return files.stream().filter(file -> file.status() == status).count();
    }

    public boolean failed() {
        return count(FileReport.Status.FAILED) > 0;
    }

    /** The one summary line the CLI prints. */
    public String summary() {
        long files = this.files.size() - count(FileReport.Status.RETRIED);
        return "Ingested " + files + " files (" + count(FileReport.Status.ALREADY_INGESTED) + " already ingested, "
                + count(FileReport.Status.FAILED) + " failed): " + rowsRead() + " rows read, " + rowsAccepted()
                + " accepted, "
                + rowsQuarantined() + " quarantined (" + (rowsAccepted() - rowsWithQuarantinedAnswers())
                + " accepted whole, "
                + rowsWithQuarantinedAnswers() + " with quarantined answers, " + (rowsQuarantined() - rowsPending())
                + " rejected, "
                + rowsPending() + " pending)"
                + (count(FileReport.Status.RETRIED) == 0
                        ? ""
                        : "; " + rowsAcceptedOnRetry() + " pending rows accepted on retry");
    }
}
