package io.longitude.ingest;

import io.longitude.core.privacy.Pseudonymizer;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;

/** The local Spark session with Delta that ingest's test classes share ({@link SparkTestSession}). */
abstract class IngestTestBase {
    static final Pseudonymizer PSEUDONYMIZER =
            new Pseudonymizer("test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8), 1);

    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start("longitude-ingest-test");
    }
}
