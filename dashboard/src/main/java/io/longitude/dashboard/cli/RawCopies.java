package io.longitude.dashboard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the raw exports that still name a person: files the inbox moved to {@code processed/} or {@code failed/},
 * and uploads. They are the survey tools' own files (names, e-mails in clear) in many shapes, so erasure reports
 * them instead of editing them. Searches the bytes as UTF-8; an XLSX (zipped) is listed only by a plain search.
 */
final class RawCopies {
    private RawCopies() {}

    static List<Path> naming(String sourceId, List<Path> folders) {
        byte[] needle = sourceId.trim().getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (contains(file, needle)) {
                        found.add(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot search " + folder + ": " + e.getMessage(), e);
            }
        }
        return found;
    }

    private static boolean contains(Path file, byte[] needle) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            byte[] window = new byte[buffer.length + needle.length];
            int carried = 0;
            int read;
            while ((read = input.read(buffer)) > 0) {
                System.arraycopy(buffer, 0, window, carried, read);
                int length = carried + read;
                if (indexOf(window, length, needle) >= 0) {
                    return true;
                }
                carried = Math.min(needle.length - 1, length);
                System.arraycopy(window, length - carried, window, 0, carried);
            }
            return false;
        }
    }

    private static int indexOf(byte[] haystack, int length, byte[] needle) {
        outer:
        for (int start = 0; start <= length - needle.length; start++) {
            for (int offset = 0; offset < needle.length; offset++) {
                if (haystack[start + offset] != needle[offset]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
