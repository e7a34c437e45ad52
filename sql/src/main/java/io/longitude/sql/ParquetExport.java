package io.longitude.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.SparkSession;

/**
 * A query result as one Parquet file. The rows are already on the driver (capped), so they are written from there
 * through the application's session to a private temporary folder outside the lake, read back as bytes, and the folder
 * removed. The console's own session is not used: its file systems are read-only, on purpose.
 */
public final class ParquetExport {
    private ParquetExport() {}

    public static byte[] parquet(SparkSession application, QueryRows result) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("longitude-sql-parquet");
            Path output = folder.resolve("result");
            application
                    .createDataFrame(result.rows(), result.schema())
                    .coalesce(1)
                    .write()
                    .parquet(output.toUri().toString());
            try (Stream<Path> files = Files.list(output)) {
                List<Path> parts = files.filter(
                                file -> file.getFileName().toString().startsWith("part-")
                                        && file.getFileName().toString().endsWith(".parquet"))
                        .toList();
                if (parts.size() != 1) {
                    throw new IllegalStateException(
                            "Cannot export the result as Parquet, expected one part file but found " + parts.size());
                }
                return Files.readAllBytes(parts.get(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot export the result as Parquet: " + e.getMessage(), e);
        } finally {
            if (folder != null) {
                FileUtils.deleteQuietly(folder.toFile());
            }
        }
    }
}
