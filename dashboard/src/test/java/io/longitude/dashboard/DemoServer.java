package io.longitude.dashboard;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.dashboard.system.DemoProgramme;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.ExportFormat;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo programme, generated, ingested and analysed in a temporary folder, served by the real application on a
 * random port. Built once per test JVM and shared by the test classes, since ingest and analysis take a while.
 */
final class DemoServer {
    static final byte[] KEY = "dashboard-test-key-0123456789".getBytes(StandardCharsets.UTF_8);

    private static DemoServer instance;

    final Path folder;
    final String lake;
    final String metrics;
    final IngestReport ingest;
    final SparkSession spark;
    final ConfigurableApplicationContext context;
    final String url;

    private DemoServer() throws IOException {
        folder = Files.createTempDirectory("longitude-demo-test");
        Path demo = folder.resolve("demo");
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(demo).withFormats(ExportFormat.MIXED));
        lake = folder.resolve("lake").toUri().toString();
        metrics = folder.resolve("metrics").toUri().toString();
        spark = LocalSpark.session("local[2]");
        spark.conf().set("spark.sql.shuffle.partitions", "2");
        Pseudonymizer pseudonymizer = new Pseudonymizer(KEY, 1);
        ingest = DemoProgramme.ingest(spark, new IngestConfig(lake, folder.resolve("quarantine"), pseudonymizer), demo, Path.of("..", "data", "mappings"));
        AnalyticsJob.run(spark, AnalyticsConfig.of(lake, metrics));
        Path keyFile = folder.resolve("pseudonym.key");
        Files.writeString(keyFile, java.util.Base64.getEncoder().encodeToString(KEY));
        context = DashboardApplication.start(Map.of("server.port", 0, "longitude.lake", lake, "longitude.metrics", metrics,
                "longitude.master", "local[2]", "longitude.key-file", keyFile.toString(), "longitude.quarantine", folder.resolve("quarantine").toString(),
                "longitude.inbox", folder.resolve("inbox").toString(), "longitude.mappings", Path.of("..", "data", "mappings").toString()));
        url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static synchronized DemoServer get() {
        if (instance == null) {
            try {
                instance = new DemoServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance.context::close));
        }
        return instance;
    }

    Path demo() {
        return folder.resolve("demo");
    }
}
