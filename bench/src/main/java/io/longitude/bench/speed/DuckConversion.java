package io.longitude.bench.speed;

import java.nio.file.Path;
import java.util.List;

/**
 * DuckDB's raw conversion of the export files: {@code COPY (SELECT * FROM read_csv(file)) TO file.parquet (FORMAT
 * parquet)}, file after file, types detected by DuckDB; no validation, pseudonymisation or merge.
 */
final class DuckConversion {
    private DuckConversion() {}

    /** The timed conversion of all files and the rows they held. */
    record Figures(Timed timed, long rows, long bytes) {
        double rowsPerSecond() {
            return rows * 1000.0 / timed.median();
        }

        double megabytesPerSecond() {
            return bytes / 1e6 * 1000.0 / timed.median();
        }
    }

    static Figures run(DuckQueries duckdb, List<Path> files, Path folder, Protocol protocol) {
        Timed timed = protocol.time(() -> {
                    files.forEach(file -> duckdb.execute("COPY (SELECT * FROM read_csv("
                            + DuckQueries.literal(file.toString()) + ", header = true)) TO "
                            + DuckQueries.literal(target(folder, file)) + " (FORMAT parquet)"));
                    return files.size();
                })
                .timed();
        long rows = 0;
        for (Path file : files) {
            rows += duckdb.single(
                    "SELECT count(*) FROM read_parquet(" + DuckQueries.literal(target(folder, file)) + ")");
        }
        return new Figures(timed, rows, Programme.bytes(files));
    }

    private static String target(Path folder, Path file) {
        return folder.resolve(file.getFileName().toString().replace(".csv", ".parquet"))
                .toString();
    }
}
