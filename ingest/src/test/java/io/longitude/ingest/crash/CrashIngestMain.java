package io.longitude.ingest.crash;

import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.SparkTestSession;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The ingest process that {@link TestCrashSafety} kills: {@code lake quarantine key-base64 file...}. Prints READY once
 * its Spark session is up, so the killer's clock starts at the ingest itself.
 */
public final class CrashIngestMain {
    private CrashIngestMain() {}

    public static void main(String[] args) {
        SparkSession spark = SparkTestSession.start("longitude-crash-test");
        System.out.println("READY");
        System.out.flush();
        IngestConfig config = new IngestConfig(args[0], Path.of(args[1]), new Pseudonymizer(Base64.getDecoder().decode(args[2]), 1));
        List<Path> files = Arrays.stream(args).skip(3).map(Path::of).toList();
        System.out.println(Ingest.run(spark, config, files).summary());
        spark.stop();
    }
}
