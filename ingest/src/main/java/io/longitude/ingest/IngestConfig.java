package io.longitude.ingest;

import io.longitude.core.lake.LakeUri;
import io.longitude.core.privacy.Pseudonymizer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where ingest writes, and for which programmes.
 *
 * @param lakeRoot URI of the lake root ({@code file:}, {@code hdfs:}, {@code s3a:}); each table is a folder below it
 * @param quarantineDir local folder for rejected rows, one CSV per ingested file
 * @param pseudonymizer replaces source identifiers; its key never enters the lake
 * @param scope the programmes whose rows may be written; a row of another programme is rejected
 *     ({@code OUT_OF_SCOPE}) and the rest of its file goes in
 */
public record IngestConfig(String lakeRoot, Path quarantineDir, Pseudonymizer pseudonymizer, WriteScope scope) {
    public IngestConfig {
        Objects.requireNonNull(lakeRoot, "lakeRoot is null");
        Objects.requireNonNull(quarantineDir, "quarantineDir is null");
        Objects.requireNonNull(pseudonymizer, "pseudonymizer is null");
        Objects.requireNonNull(scope, "scope is null");
        lakeRoot = LakeUri.normalise(lakeRoot);
    }

    /** A configuration that writes for every programme. */
    public IngestConfig(String lakeRoot, Path quarantineDir, Pseudonymizer pseudonymizer) {
        this(lakeRoot, quarantineDir, pseudonymizer, WriteScope.EVERY_PROGRAMME);
    }

    /** The same configuration writing only within {@code narrower} (and within this one's scope). */
    public IngestConfig within(WriteScope narrower) {
        return new IngestConfig(lakeRoot, quarantineDir, pseudonymizer, narrower.within(scope));
    }

    /** The same configuration for every programme (the retry of rows another write left pending). */
    IngestConfig everyProgramme() {
        return new IngestConfig(lakeRoot, quarantineDir, pseudonymizer, WriteScope.EVERY_PROGRAMME);
    }

    /** The URI of a table's folder. */
    public String tablePath(String table) {
        return lakeRoot + "/" + table;
    }
}
