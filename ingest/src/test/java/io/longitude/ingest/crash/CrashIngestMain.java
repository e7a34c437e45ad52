package io.longitude.ingest.crash;

import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.SparkTestSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The ingest process that {@link TestCrashSafety} kills: {@code lake quarantine key-base64 file...}. Prints READY once
 * its Spark session is up and ingests only when GO arrives on its standard input, so the killer's clock starts at the
 * ingest itself and the next process can start while the one before it runs.
 */
public final class CrashIngestMain {
    static final String READY = "READY";
    static final String GO = "GO";

    private CrashIngestMain() {}

    public static void main(String[] args) throws IOException {
        SparkSession spark = SparkTestSession.start("longitude-crash-test");
        System.out.println(READY);
        System.out.flush();
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (!GO.equals(input.readLine())) {
            spark.stop();
            return;
        }
        IngestConfig config = new IngestConfig(
                args[0], Path.of(args[1]), new Pseudonymizer(Base64.getDecoder().decode(args[2]), 1));
        List<Path> files = Arrays.stream(args).skip(3).map(Path::of).toList();
        System.out.println(Ingest.run(spark, config, files).summary());
        spark.stop();
    }
}
