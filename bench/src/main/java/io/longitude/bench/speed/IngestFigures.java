package io.longitude.bench.speed;

/**
 * The ingest measures of one size.
 *
 * @param whole every file of the programme in one process, into an empty lake
 * @param rosters the rosters and the staff questionnaire in one process, into a second empty lake
 * @param followups then the five follow-up waves in a second process: the steady-state rate
 */
record IngestFigures(Run whole, Run rosters, Run followups) {
    /** One ingest process: its wall time and peak RSS, its summary line, and the bytes of the files it read. */
    record Run(ProcessResult process, IngestSummary summary, long bytes) {
        double rowsPerSecond() {
            return summary.rowsRead() * 1000.0 / process.millis();
        }

        double megabytesPerSecond() {
            return bytes / 1e6 * 1000.0 / process.millis();
        }
    }
}
