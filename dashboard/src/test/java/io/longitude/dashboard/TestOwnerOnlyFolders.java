package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lake, the audit table and the quarantine the application created are readable by their owner only: every
 * folder 0700, every file 0600 (the uploads are checked in {@link TestScopedUpload}).
 */
class TestOwnerOnlyFolders {
    static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
        server.signIn("manager").get("/editions/E01");
    }

    @Test
    void lakeAuditAndQuarantineAreTheOwnersOnly() throws IOException {
        for (String folder : List.of("lake", "metrics", "audit", "quarantine")) {
            Path root = server.folder.resolve(folder);
            assertThat(root).as(folder).isDirectory();
            try (Stream<Path> paths = Files.walk(root)) {
                List<Path> all = paths.toList();
                if (!folder.equals("quarantine")) {
                    assertThat(all).as(folder + " has files").anyMatch(Files::isRegularFile);
                }
                for (Path path : all) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                            .as(path.toString())
                            .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
                }
            }
        }
    }
}
