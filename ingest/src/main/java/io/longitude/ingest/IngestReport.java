package io.longitude.ingest;

import java.util.List;

/** What one ingest run did, file by file. */
public record IngestReport(List<FileReport> files) {
    public IngestReport {
        files = List.copyOf(files);
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileReport::rowsRead).sum();
    }

    public long rowsAccepted() {
        return files.stream().mapToLong(FileReport::rowsAccepted).sum();
    }

    public long rowsQuarantined() {
        return files.stream().mapToLong(FileReport::rowsQuarantined).sum();
    }

    public long count(FileReport.Status status) {
        return files.stream().filter(file -> file.status() == status).count();
    }

    public boolean failed() {
        return count(FileReport.Status.FAILED) > 0;
    }

    /** The one summary line the CLI prints. */
    public String summary() {
        return "Ingested " + files.size() + " files (" + count(FileReport.Status.ALREADY_INGESTED) + " already ingested, "
                + count(FileReport.Status.FAILED) + " failed): " + rowsRead() + " rows read, " + rowsAccepted() + " accepted, "
                + rowsQuarantined() + " quarantined";
    }
}
