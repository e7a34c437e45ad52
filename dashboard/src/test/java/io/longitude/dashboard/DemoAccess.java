package io.longitude.dashboard;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shared {@link DemoServer} for test classes of other packages (network, trajectories, quality), which test their
 * package-private controllers and readers on the same demo programme and Spark session as the web tests.
 */
public final class DemoAccess {
    private DemoAccess() {}

    public static ConfigurableApplicationContext context() {
        return DemoServer.get().context;
    }

    public static SparkSession spark() {
        return DemoServer.get().spark;
    }

    /** The lake root URI. */
    public static String lake() {
        return DemoServer.get().lake;
    }

    public static Path quarantine() {
        return DemoServer.get().folder.resolve("quarantine");
    }

    public static String url() {
        return DemoServer.get().url;
    }
}
