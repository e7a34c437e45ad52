package io.longitude.dashboard.cli;

import io.longitude.dashboard.system.DataPaths;
import io.longitude.dashboard.system.LocalSpark;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that say where a command reads and writes, one mixin each, so that every command that takes one names,
 * defaults and describes it the same way.
 */
final class StorageOptions {
    private StorageOptions() {}

    /** {@code --lake}: the lake root URI. */
    static final class Lake {
        @Option(
                names = "--lake",
                defaultValue = DataPaths.LAKE,
                description = "Lake root URI (default: ${DEFAULT-VALUE}).")
        String uri;
    }

    /** {@code --metrics}: the root URI of the metric tables. */
    static final class Metrics {
        @Option(
                names = "--metrics",
                defaultValue = DataPaths.METRICS,
                description = "Metrics root URI (default: ${DEFAULT-VALUE}).")
        String uri;
    }

    /** {@code --quarantine}: the folder of rejected rows and set-aside answers. */
    static final class Quarantine {
        @Option(
                names = "--quarantine",
                defaultValue = DataPaths.QUARANTINE,
                description = "Folder of rejected rows (default: ${DEFAULT-VALUE}).")
        Path folder;
    }

    /** {@code --key-file}: the pseudonym key, when the environment does not give it. */
    static final class KeyFile {
        @Option(
                names = "--key-file",
                defaultValue = DataPaths.KEY_FILE,
                description =
                        "Pseudonym key file, used when LONGITUDE_PSEUDONYM_KEY is not set (default: ${DEFAULT-VALUE}).")
        Path file;
    }

    /** {@code --audit}: the root URI of the audit table. */
    static final class Audit {
        @Option(
                names = "--audit",
                defaultValue = DataPaths.AUDIT,
                description = "Audit root URI, where who did what is recorded (default: ${DEFAULT-VALUE}).")
        String uri;
    }

    /** {@code --master}: the Spark master. */
    static final class Master {
        @Option(
                names = "--master",
                defaultValue = LocalSpark.DEFAULT_MASTER,
                description = "Spark master (default: ${DEFAULT-VALUE}).")
        String url;
    }
}
