package io.longitude.dashboard.cli;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Which of the lake's tables ({@link LakeTables#ALL}) exist under a root, known by their {@code _delta_log} folders and
 * without Spark: through {@code java.nio} for {@code file:} roots, through Hadoop's FileSystem API for the others.
 */
final class LakeFolders {
    private static final String DELTA_LOG = "_delta_log";

    private LakeFolders() {}

    /** The names of the tables present under the root, a normalised URI (see {@code LakeUri}). */
    static List<String> tablesIn(String root) throws IOException {
        List<String> present = new ArrayList<>();
        if (root.startsWith("file:")) {
            Path folder = Path.of(root.substring("file:".length()));
            for (TableDefinition table : LakeTables.ALL) {
                if (Files.isDirectory(folder.resolve(table.name()).resolve(DELTA_LOG))) {
                    present.add(table.name());
                }
            }
            return present;
        }
        FileSystem fileSystem = FileSystem.get(URI.create(root), new Configuration());
        for (TableDefinition table : LakeTables.ALL) {
            if (fileSystem.exists(new org.apache.hadoop.fs.Path(root + "/" + table.name() + "/" + DELTA_LOG))) {
                present.add(table.name());
            }
        }
        return present;
    }
}
