package io.longitude.dashboard.sql;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.dashboard.system.DemoProgramme;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.SparkSession;

/**
 * A small real lake for the console's Spark tests: a generated programme of 60 participants in two editions (canonical
 * files), ingested and analysed into a temporary folder, read through the application's kind of session ({@code local[2]},
 * FAIR, two shuffle partitions). Built once and kept in {@code target/sql-console-lake} (with a marker written last, so
 * that an interrupted build is redone), since ingest and analysis take minutes on two cores; {@code mvn clean} removes it.
 * The console's tests never change it: they assert so.
 */
final class SmallLake {
    static final String PROGRAMME = DemoProgrammeGenerator.PROGRAMME_ID;
    private static SmallLake instance;

    final Path folder;
    final String lake;
    final String metrics;
    final SparkSession spark;

    private SmallLake() throws IOException {
        folder = Path.of("target", "sql-console-lake").toAbsolutePath();
        lake = folder.resolve("lake").toUri().toString();
        metrics = folder.resolve("metrics").toUri().toString();
        spark = LocalSpark.session("local[2]");
        spark.conf().set("spark.sql.shuffle.partitions", "2");
        Path complete = folder.resolve("complete");
        if (Files.exists(complete)) {
            return;
        }
        FileUtils.deleteDirectory(folder.toFile());
        Path files = folder.resolve("programme");
        DemoProgrammeGenerator.generate(new GeneratorConfig(files, 60, 2, 11, GeneratorConfig.DEFAULT_AS_OF));
        Pseudonymizer pseudonymizer = new Pseudonymizer("sql-console-test-key-0123456".getBytes(StandardCharsets.UTF_8), 1);
        DemoProgramme.ingest(spark, new IngestConfig(lake, folder.resolve("quarantine"), pseudonymizer), files, Path.of("..", "data", "mappings"));
        AnalyticsJob.run(spark, AnalyticsConfig.of(lake, metrics));
        Files.writeString(complete, "built\n");
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
}
