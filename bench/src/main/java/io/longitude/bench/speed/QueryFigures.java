package io.longitude.bench.speed;

/**
 * One core query at one size in both engines.
 *
 * @param cells the metric cells both computed, compared one by one
 */
record QueryFigures(CoreQuery query, Timed longitude, Timed duckdb, int cells) {
    /** Longitude's median time over DuckDB's. */
    double ratio() {
        return Ratios.ratio(longitude.median(), duckdb.median());
    }
}
