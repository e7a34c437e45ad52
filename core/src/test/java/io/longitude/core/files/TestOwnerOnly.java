package io.longitude.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders and files created owner-only, whatever the process's umask; existing folders left as they are. */
class TestOwnerOnly {
    @TempDir
    Path temp;

    @Test
    void createdFoldersAre0700AndFiles0600() throws IOException {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));

        Path file = OwnerOnly.copy(
                new ByteArrayInputStream("name,email\n".getBytes(StandardCharsets.UTF_8)),
                temp.resolve("a/b/upload.csv"));
        OwnerOnly.writeString(temp.resolve("a/report.txt"), "ok");

        assertThat(permissions(temp)).as("an existing parent is left alone").isEqualTo("rwxr-xr-x");
        assertThat(permissions(temp.resolve("a"))).isEqualTo("rwx------");
        assertThat(permissions(temp.resolve("a/b"))).isEqualTo("rwx------");
        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(permissions(temp.resolve("a/report.txt"))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("name,email\n");
    }

    @Test
    void anExistingFileIsKept() throws IOException {
        Path file = Files.writeString(temp.resolve("log.csv"), "kept");
        assertThat(OwnerOnly.file(file)).hasContent("kept");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aReplacedFileIs0600WithOnlyTheNewTextAndNothingBesideIt() throws IOException {
        Path file = Files.writeString(temp.resolve("users.yaml"), "old, readable by all");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnly.replaceString(file, "new");

        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }
}
