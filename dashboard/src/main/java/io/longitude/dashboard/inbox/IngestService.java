package io.longitude.dashboard.inbox;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.ingest.FilePreview;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.PseudonymKeys;
import io.longitude.ingest.WriteScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.springframework.stereotype.Service;

/** The server's way into ingest: one inbox processor on the application's Spark session, its key read when first needed. */
@Service
public class IngestService {
    private final SparkSession spark;
    private final LongitudeProperties properties;
    private volatile InboxProcessor processor;

    public IngestService(SparkSession spark, LongitudeProperties properties) {
        this.spark = spark;
        this.properties = properties;
    }

    /**
     * The processor; fails with a clear message when there is no pseudonym key (set LONGITUDE_PSEUDONYM_KEY or
     * create the key file, as {@code ./longitude demo} does).
     */
    public InboxProcessor processor() {
        if (processor == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = new InboxProcessor(
                            spark, config(), AnalyticsConfig.of(properties.lake(), properties.metrics()));
                }
            }
        }
        return processor;
    }

    /**
     * What ingest would do with the file, writing nothing (a dry run): within {@code scope}, read with the mapping or
     * as a canonical file.
     */
    public List<FilePreview> dryRun(WriteScope scope, Optional<Path> mapping, Path file) {
        return Ingest.dryRun(spark, config().within(scope), mapping.map(Ingest::mapping), List.of(file));
    }

    private IngestConfig config() {
        return new IngestConfig(
                properties.lake(),
                Path.of(properties.quarantine()),
                PseudonymKeys.load(System.getenv(), Path.of(properties.keyFile())));
    }
}
