package io.longitude.ingest;

import io.longitude.core.lake.LakeUri;
import io.longitude.core.privacy.Pseudonymizer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where ingest writes.
 *
 * @param lakeRoot URI of the lake root ({@code file:}, {@code hdfs:}, {@code s3a:}); each table is a folder below it
 * @param quarantineDir local folder for rejected rows, one CSV per ingested file
 * @param pseudonymizer replaces source identifiers; its key never enters the lake
 */
public record IngestConfig(String lakeRoot, Path quarantineDir, Pseudonymizer pseudonymizer) {
    public IngestConfig {
        Objects.requireNonNull(lakeRoot, "lakeRoot is null");
        Objects.requireNonNull(quarantineDir, "quarantineDir is null");
        Objects.requireNonNull(pseudonymizer, "pseudonymizer is null");
        lakeRoot = LakeUri.normalise(lakeRoot);
    }

    /** The URI of a table's folder. */
    public String tablePath(String table) {
        return lakeRoot + "/" + table;
    }
}
