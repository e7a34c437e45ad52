package io.longitude.sql;

import io.longitude.analytics.io.DeltaVersions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * The console's Spark sessions, one per {@link Scope}, each a {@code newSession()} of the application's session
 * holding that scope's views. A session is rebuilt when a table's Delta version changes, so a view never lags behind a
 * new column or a new table. Every console session has {@code spark.sql.runSQLOnFiles} off and maps the lake's,
 * the metrics' and the local file system's schemes to {@link ReadOnlyFileSystem}: a write planned in it fails at the
 * storage layer even if it got past {@link QueryGuard}. The application's own session is not affected.
 */
public final class ConsoleSessions {
    /** The console's file split size: a quarter of Spark's default, so a scan task ends within about a second. */
    static final String MAX_PARTITION_BYTES = "32m";

    private final SparkSession application;
    private final ConsoleViews views;
    private final List<String> roots;
    private final Map<Scope, ConsoleSession> sessions = new ConcurrentHashMap<>();

    public ConsoleSessions(SparkSession application, String lake, String metrics) {
        this.application = application;
        this.views = new ConsoleViews(lake, metrics);
        this.roots = List.of(
                io.longitude.core.lake.LakeUri.normalise(lake), io.longitude.core.lake.LakeUri.normalise(metrics));
    }

    /** The session of the user's scope, with views over the tables as they are now. */
    public ConsoleSession session(ConsoleUser user) {
        return session(user.scope());
    }

    public ConsoleSession session(Scope scope) {
        Map<String, Long> versions = versions();
        return sessions.compute(
                scope,
                (key, current) ->
                        current != null && current.versions().equals(versions) ? current : create(key, versions));
    }

    private ConsoleSession create(Scope scope, Map<String, Long> versions) {
        org.apache.spark.sql.classic.SparkSession console =
                (org.apache.spark.sql.classic.SparkSession) application.newSession();
        console.conf().set("spark.sql.runSQLOnFiles", "false");
        console.conf().set("spark.sql.shuffle.partitions", application.conf().get("spark.sql.shuffle.partitions"));
        // Spark does not pre-empt a running task: short scan tasks let the FAIR scheduler hand a core to a page soon.
        console.conf().set("spark.sql.files.maxPartitionBytes", MAX_PARTITION_BYTES);
        readOnlySettings().forEach((key, value) -> console.conf().set(key, value));
        Set<String> existing = new LinkedHashSet<>();
        versions.forEach((table, version) -> {
            if (version >= 0) {
                existing.add(table);
            }
        });
        List<ConsoleView> defined = new ArrayList<>();
        for (Map.Entry<String, Dataset<Row>> view :
                views.build(console, scope, existing).entrySet()) {
            view.getValue().createOrReplaceTempView(view.getKey());
            List<ConsoleView.ViewColumn> columns = new ArrayList<>();
            for (StructField field : view.getValue().schema().fields()) {
                columns.add(new ConsoleView.ViewColumn(
                        field.name(), field.dataType().simpleString()));
            }
            defined.add(new ConsoleView(view.getKey(), "sql.view." + view.getKey(), columns));
        }
        return new ConsoleSession(console, scope, versions, defined);
    }

    /**
     * The views of {@code scope} over the tables as they are now, read through the application's own session (which
     * can write): for {@link NotebookExport}, which writes them out whole. The same definitions as the console's views,
     * so an export holds exactly what the console shows that scope.
     */
    public Map<String, Dataset<Row>> applicationViews(Scope scope) {
        Set<String> existing = new LinkedHashSet<>();
        versions().forEach((table, version) -> {
            if (version >= 0) {
                existing.add(table);
            }
        });
        return views.build(application, scope, existing);
    }

    /** The settings that make the lake's, the metrics' and the local schemes read-only in a console session. */
    Map<String, String> readOnlySettings() {
        Configuration hadoop = application.sparkContext().hadoopConfiguration();
        Set<String> schemes = new LinkedHashSet<>(List.of("file"));
        roots.forEach(root -> schemes.add(URI.create(root).getScheme()));
        Map<String, String> settings = new LinkedHashMap<>();
        for (String scheme : schemes) {
            try {
                String delegate = FileSystem.getFileSystemClass(scheme, hadoop).getName();
                settings.putAll(ReadOnlyFileSystem.settings(scheme, delegate));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Cannot find the file system of scheme " + scheme + ": " + e.getMessage(), e);
            }
        }
        return settings;
    }

    /** The latest Delta version of every table the views read, -1 where missing: a listing, not a Spark job. */
    private Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        views.tablePaths().forEach((table, path) -> versions.put(table, DeltaVersions.latest(application, path)));
        return versions;
    }
}
