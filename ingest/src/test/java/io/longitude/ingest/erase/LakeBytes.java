package io.longitude.ingest.erase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Searches every byte of every file under some folders, as an auditor would with grep -r. */
public final class LakeBytes {
    private LakeBytes() {}

    /** The files under the folders whose bytes contain the text (UTF-8), in any place. */
    public static List<Path> filesContaining(String text, Path... folders) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (contains(Files.readAllBytes(file), needle)) {
                        found.add(file);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The files whose content contains the text once decoded: Parquet files (data and checkpoints, whose pages are
     * compressed, so a raw byte search could miss a value) read back row by row as JSON, every other file as bytes.
     */
    public static List<Path> decodedFilesContaining(
            org.apache.spark.sql.SparkSession spark, String text, Path... folders) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    boolean parquet = file.getFileName().toString().endsWith(".parquet");
                    if (parquet
                            ? spark.read()
                                            .parquet(file.toUri().toString())
                                            .toJSON()
                                            .filter((org.apache.spark.api.java.function.FilterFunction<String>)
                                                    row -> row.contains(text))
                                            .count()
                                    > 0
                            : contains(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8))) {
                        found.add(file);
                    }
                }
            }
        }
        return found;
    }

    /** Regular files under the folders. */
    public static long fileCount(Path... folders) throws IOException {
        long count = 0;
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                count += files.filter(Files::isRegularFile).count();
            }
        }
        return count;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int start = 0; start <= haystack.length - needle.length; start++) {
            for (int offset = 0; offset < needle.length; offset++) {
                if (haystack[start + offset] != needle[offset]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
