package io.longitude.bench.speed;

import java.util.List;
import java.util.Optional;

/**
 * Every measure of one size.
 *
 * @param loadAverage the 1-minute load average when the size started (the machine is shared)
 * @param lakeRows rows of enrolments and of responses in the lake, as Spark and DuckDB both counted them
 * @param warm the running server's costs (measured up to {@link WarmServer#UP_TO_PARTICIPANTS}), else empty
 */
record SizeResult(
        Size size,
        long generationMillis,
        long exportBytes,
        String loadAverage,
        IngestFigures ingest,
        AnalysisFigures analysis,
        int shufflePartitions,
        long enrolmentRows,
        long responseRows,
        List<QueryFigures> queries,
        DuckConversion.Figures conversion,
        Optional<WarmServer.Figures> warm) {
    SizeResult {
        queries = List.copyOf(queries);
    }

    /** Rows of the programme's files as the ingest read them: the row count of the per-row figures. */
    long rows() {
        return ingest.whole().summary().rowsRead();
    }

    double longitudeQueriesMillis() {
        return queries.stream().mapToDouble(query -> query.longitude().median()).sum();
    }

    double duckdbQueriesMillis() {
        return queries.stream().mapToDouble(query -> query.duckdb().median()).sum();
    }

    /** Longitude's whole-process ingest rate over DuckDB's conversion rate. */
    double ingestRatio() {
        return Ratios.ratio(ingest.whole().rowsPerSecond(), conversion.rowsPerSecond());
    }

    /** Longitude's steady-state ingest rate (follow-ups) over DuckDB's conversion rate. */
    double steadyIngestRatio() {
        return Ratios.ratio(ingest.followups().rowsPerSecond(), conversion.rowsPerSecond());
    }
}
