package io.longitude.sql;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import tools.jackson.databind.json.JsonMapper;

/**
 * A programme's console views written out for a notebook: one folder per view, as Parquet files or as a Delta table,
 * in a zip with a {@code manifest.json} (programme, format, time, rows per view). The views are the console's own
 * definitions over one programme ({@link ConsoleViews}): pseudonymised, without source ids, batch ids or key versions,
 * and only that programme's rows. They are written through the application's session into an owner-only temporary
 * folder outside the lake, zipped into the answer and deleted.
 */
public final class NotebookExport {
    public enum Format {
        PARQUET,
        DELTA
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NotebookExport() {}

    public static Format format(String name) {
        try {
            return Format.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Cannot export as " + name + ", expected parquet or delta");
        }
    }

    /** Writes the views and zips them into {@code out}; answers the rows written per view. */
    public static Map<String, Long> write(
            String programme, Map<String, Dataset<Row>> views, Format format, OutputStream out) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("longitude-export-");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Map.Entry<String, Dataset<Row>> view : views.entrySet()) {
                Dataset<Row> data = view.getValue().coalesce(1);
                String path = folder.resolve(view.getKey()).toUri().toString();
                if (format == Format.DELTA) {
                    data.write().format("delta").save(path);
                } else {
                    data.write().parquet(path);
                }
                rows.put(view.getKey(), view.getValue().count());
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("programme", programme);
            manifest.put("format", format.name().toLowerCase(Locale.ROOT));
            manifest.put("exportedAt", Instant.now().toString());
            manifest.put("rows", rows);
            zip(
                    folder,
                    "longitude-" + programme,
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest),
                    out);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot export the programme " + programme + ": " + e.getMessage(), e);
        } finally {
            delete(folder);
        }
    }

    private static void zip(Path folder, String top, String manifest, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(top + "/manifest.json"));
        zip.write(manifest.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            // Hadoop's local checksums (.part-….crc) and Spark's _SUCCESS markers are no use to a reader.
            if (name.startsWith(".") || name.equals("_SUCCESS")) {
                continue;
            }
            zip.putNextEntry(
                    new ZipEntry(top + "/" + folder.relativize(file).toString().replace('\\', '/')));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the export folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
