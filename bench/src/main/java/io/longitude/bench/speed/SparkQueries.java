package io.longitude.bench.speed;

import io.longitude.analytics.AnalysisInputs;
import io.longitude.analytics.LocalSession;
import io.longitude.analytics.SessionSettings;
import io.longitude.analytics.ShufflePartitions;
import io.longitude.analytics.collaboration.ContactGrowth;
import io.longitude.analytics.impact.IntegrationShares;
import io.longitude.analytics.impact.ResponseRates;
import io.longitude.analytics.impact.Transitions;
import io.longitude.analytics.io.LakeSnapshot;
import io.longitude.core.lake.LakeTables;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Longitude's core queries on a warm local session with the CLI's settings ({@link LocalSession}), reading the
 * latest lake through {@link LakeSnapshot} and {@link AnalysisInputs#cached}, with the shuffle partitions the analysis
 * sets for the lake's size.
 */
final class SparkQueries implements AutoCloseable {
    static final int MINIMUM_N = 5;

    private final Map<String, List<String>> files;
    private final AnalysisInputs inputs;
    private final int shufflePartitions;

    private final SessionSettings settings;

    private SparkQueries(
            Map<String, List<String>> files, AnalysisInputs inputs, int shufflePartitions, SessionSettings settings) {
        this.files = files;
        this.inputs = inputs;
        this.shufflePartitions = shufflePartitions;
        this.settings = settings;
    }

    static SparkSession session() {
        return LocalSession.builder("local[*]", "longitude-bench").getOrCreate();
    }

    /** The core queries under the analysis's settings ({@link SessionSettings}), kept until {@link #close}. */
    static SparkQueries open(SparkSession spark, String lakeRoot) {
        SessionSettings settings = SessionSettings.apply(spark, SessionSettings.ANALYSIS);
        LakeSnapshot lake = LakeSnapshot.latest(spark, lakeRoot);
        settings.forInputBytes(lake.bytes());
        int partitions = ShufflePartitions.forBytes(lake.bytes()); // the analysis's own rule for the lake's size
        settings.set("spark.sql.shuffle.partitions", Integer.toString(partitions));
        // Before caching: a cached Dataset's plan is an in-memory relation, whose inputFiles are none.
        Map<String, List<String>> files = new LinkedHashMap<>();
        files.put("enrolments", paths(lake.table(LakeTables.ENROLMENTS).inputFiles()));
        files.put("responses", paths(lake.table(LakeTables.RESPONSES).inputFiles()));
        for (Map.Entry<String, List<String>> table : files.entrySet()) {
            if (table.getValue().isEmpty()) {
                throw new IllegalStateException(
                        "Cannot list the Parquet files of " + table.getKey() + " in " + lakeRoot + ", Spark gave none");
            }
        }
        return new SparkQueries(
                java.util.Collections.unmodifiableMap(files), AnalysisInputs.cached(lake), partitions, settings);
    }

    List<Row> run(CoreQuery query) {
        return dataset(query).collectAsList();
    }

    Dataset<Row> dataset(CoreQuery query) {
        return switch (query) {
            case RESPONSE_RATES -> ResponseRates.compute(inputs.enrolments(), inputs.responses(), MINIMUM_N);
            case INTEGRATION_SHARES -> IntegrationShares.compute(inputs.enrolments(), inputs.responses(), MINIMUM_N);
            case TRANSITIONS -> Transitions.compute(inputs.enrolments(), inputs.responses(), MINIMUM_N);
            case CONTACT_GROWTH -> ContactGrowth.compute(inputs.enrolments(), inputs.responses(), MINIMUM_N);
        };
    }

    /** The Parquet files of the current snapshot of enrolments and responses (Dataset.inputFiles), as local paths. */
    Map<String, List<String>> files() {
        return files;
    }

    long rows(String table) {
        return "enrolments".equals(table)
                ? inputs.enrolments().count()
                : inputs.responses().count();
    }

    int shufflePartitions() {
        return shufflePartitions;
    }

    static Map<String, Cell> cells(List<Row> rows) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = Cell.key(
                    row.getAs("metric_id"),
                    row.getAs("programme_id"),
                    row.getAs("edition_id"),
                    row.getAs("wave"),
                    row.getAs("group_key"));
            Cell cell = new Cell(
                    key,
                    row.getAs("numerator"),
                    row.getAs("denominator"),
                    row.getAs("n"),
                    row.getAs("value"),
                    row.getAs("lower"),
                    row.getAs("upper"),
                    row.getAs("note"),
                    row.getAs("status"));
            if (cells.put(key, cell) != null) {
                throw new IllegalStateException("Cannot compare the engines, Longitude gave the cell twice: " + key);
            }
        }
        return cells;
    }

    @Override
    public void close() {
        inputs.release();
        settings.close();
    }

    private static List<String> paths(String[] uris) {
        return Arrays.stream(uris)
                .map(uri -> uri.startsWith("file:")
                        ? java.nio.file.Path.of(java.net.URI.create(uri)).toString()
                        : uri)
                .sorted()
                .toList();
    }
}
