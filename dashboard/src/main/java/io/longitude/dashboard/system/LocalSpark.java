package io.longitude.dashboard.system;

import io.longitude.analytics.LocalSession;
import io.longitude.ingest.lake.ForkFreeLocalFileSystem;
import org.apache.spark.sql.SparkSession;

/** Builds the one long-lived Spark session of the application from {@link LocalSession}'s settings. */
public final class LocalSpark {
    public static final String DEFAULT_MASTER = "local[*]";

    private LocalSpark() {}

    /** The session for {@code master}; reuses the running one, so the CLI and the web server share it. */
    public static SparkSession session(String master) {
        SparkSession.Builder builder = LocalSession.builder(master, "longitude");
        // Commits to a lake on the local disk without starting a readlink and a chmod process per file (issue 17).
        ForkFreeLocalFileSystem.SETTINGS.forEach((key, value) -> builder.config("spark.hadoop." + key, value));
        return builder
                // Tomcat registers its own URL stream handler factory; the JVM takes only one (SPARK-25694).
                .config("spark.sql.defaultUrlStreamHandlerFactory.enabled", "false")
                .getOrCreate();
    }
}
