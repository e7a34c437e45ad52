package io.longitude.sql;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.analytics.LocalSession;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The real lake of the console's Spark tests: the demo programme, generated, ingested and analysed once per test JVM,
 * read through the application's kind of session ({@code local[2]}, FAIR with the application's pools, two shuffle
 * partitions). The console's tests never change it: they assert so.
 */
final class SmallLake {
    static final String PROGRAMME = DemoProgrammeGenerator.PROGRAMME_ID;
    private static final byte[] KEY = "console-test-key-0123456789".getBytes(StandardCharsets.UTF_8);
    private static SmallLake instance;

    final Path folder;
    final String lake;
    final String metrics;
    final SparkSession spark;

    private SmallLake() throws IOException {
        folder = Files.createTempDirectory("longitude-sql-test");
        Path demo = folder.resolve("demo");
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(demo));
        lake = folder.resolve("lake").toUri().toString();
        metrics = folder.resolve("metrics").toUri().toString();
        spark = LocalSession.builder("local[2]", "longitude-sql-test").getOrCreate();
        spark.conf().set("spark.sql.shuffle.partitions", "2");
        Ingest.run(
                spark, new IngestConfig(lake, folder.resolve("quarantine"), new Pseudonymizer(KEY, 1)), csvFiles(demo));
        AnalyticsJob.run(spark, AnalyticsConfig.of(lake, metrics));
    }

    static synchronized SmallLake get() {
        if (instance == null) {
            try {
                instance = new SmallLake();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }
}
