package io.longitude.ingest;

import io.longitude.core.privacy.Pseudonymizer;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One local Spark session with Delta per test class: two threads, UI off, two shuffle partitions. */
abstract class IngestTestBase {
    static final Pseudonymizer PSEUDONYMIZER = new Pseudonymizer("test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8), 1);

    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start("longitude-ingest-test");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
        spark = null;
    }
}
