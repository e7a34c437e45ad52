package io.longitude.dashboard.inbox;

import java.util.List;

/**
 * An uploaded export on its way into the lake.
 *
 * @param owner the user name of who uploaded it; only they (and admins) see the job's report
 * @param state queued, ingesting, done or failed
 * @param report the ingest report, one line per file, then the analysis
 * @param quarantined the first quarantined rows (file, line, field, value, code, reason)
 */
public record UploadJob(
        String id,
        String owner,
        String fileName,
        String mapping,
        String state,
        List<String> report,
        List<List<String>> quarantined) {
    public UploadJob {
        report = List.copyOf(report);
        quarantined = List.copyOf(quarantined);
    }

    UploadJob with(String newState, List<String> newReport, List<List<String>> newQuarantined) {
        return new UploadJob(id, owner, fileName, mapping, newState, newReport, newQuarantined);
    }

    public boolean finished() {
        return state.equals("done") || state.equals("failed");
    }
}
