package io.longitude.dashboard.sql;

import io.longitude.dashboard.DemoServer;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;


/**
 * The real lake of the console's Spark tests: the demo programme of {@link DemoServer}, generated, ingested and analysed
 * once per test JVM and shared with the web tests, read through the application's kind of session ({@code local[2]},
 * FAIR, two shuffle partitions). The console's tests never change it: they assert so.
 */
final class SmallLake {
    static final String PROGRAMME = DemoProgrammeGenerator.PROGRAMME_ID;
    private static SmallLake instance;

    final Path folder;
    final String lake;
    final String metrics;
    final SparkSession spark;

    private SmallLake(DemoServer server) {
        folder = server.folder;
        lake = server.lake;
        metrics = server.metrics;
        spark = server.spark;
    }

    static synchronized SmallLake get() {
        if (instance == null) {
            instance = new SmallLake(DemoServer.get());
        }
        return instance;
    }
}
