package io.longitude.dashboard.editions;

import io.longitude.analytics.io.DeltaVersions;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.dashboard.system.NotFoundException;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.springframework.stereotype.Component;

/**
 * The editions and metric rows the pages show, read through the application's Spark session and kept in memory.
 * Each read first compares the tables' latest Delta versions (a cheap listing) and reloads only when they changed.
 */
@Component
public class MetricStore {
    private final SparkSession spark;
    private final String editionsPath;
    private final String metricsPath;
    private volatile Snapshot snapshot = new Snapshot(-2, -2, List.of(), List.of());

    public MetricStore(SparkSession spark, LongitudeProperties properties) {
        this.spark = spark;
        this.editionsPath = LakeUri.table(properties.lake(), LakeTables.EDITIONS);
        this.metricsPath = LakeUri.table(properties.metrics(), MetricTables.METRIC_VALUES);
    }

    private record Snapshot(
            long editionsVersion, long metricsVersion, List<EditionSummary> editions, List<MetricValue> metrics) {}

    public List<EditionSummary> editions() {
        return current().editions();
    }

    public Optional<EditionSummary> edition(String editionId) {
        return editions().stream()
                .filter(edition -> edition.editionId().equals(editionId))
                .findFirst();
    }

    /** The editions of the programmes in the viewer's scope. */
    public List<EditionSummary> editions(Viewer viewer) {
        return editions().stream()
                .filter(edition -> viewer.sees(edition.programmeId()))
                .toList();
    }

    /** The edition, if it exists and its programme is in the viewer's scope; otherwise a 404, whichever it was. */
    public EditionSummary edition(String editionId, Viewer viewer) {
        return edition(editionId)
                .filter(edition -> viewer.sees(edition.programmeId()))
                .orElseThrow(() -> new NotFoundException("No edition " + editionId));
    }

    /** The programme id, if it has editions and is in the viewer's scope; otherwise a 404. */
    public String programme(String programmeId, Viewer viewer) {
        return editions(viewer).stream()
                .map(EditionSummary::programmeId)
                .filter(programmeId::equals)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No programme " + programmeId));
    }

    /** Every metric row of an edition. */
    public List<MetricValue> metrics(String editionId) {
        return current().metrics().stream()
                .filter(metric -> metric.editionId().equals(editionId))
                .toList();
    }

    /** The rows of an edition and the programme-level rows (edition_id "") of its programme, for the figures. */
    public List<MetricValue> figureRows(String editionId) {
        Optional<EditionSummary> edition = edition(editionId);
        return current().metrics().stream()
                .filter(metric -> metric.editionId().equals(editionId)
                        || metric.editionId().isEmpty()
                                && edition.map(EditionSummary::programmeId)
                                        .filter(metric.programmeId()::equals)
                                        .isPresent())
                .toList();
    }

    /** Every row of one metric, all editions and programmes. */
    public List<MetricValue> metric(String metricId) {
        return current().metrics().stream()
                .filter(metric -> metric.metricId().equals(metricId))
                .toList();
    }

    /** The Delta versions of the editions and metric tables the rows come from: a cache key for what is computed from them. */
    public List<Long> versions() {
        Snapshot current = current();
        return List.of(current.editionsVersion(), current.metricsVersion());
    }

    private synchronized Snapshot current() {
        long editionsVersion = DeltaVersions.latest(spark, editionsPath);
        long metricsVersion = DeltaVersions.latest(spark, metricsPath);
        if (editionsVersion != snapshot.editionsVersion() || metricsVersion != snapshot.metricsVersion()) {
            snapshot = new Snapshot(
                    editionsVersion, metricsVersion, readEditions(editionsVersion), readMetrics(metricsVersion));
        }
        return snapshot;
    }

    private List<EditionSummary> readEditions(long version) {
        if (version < 0) {
            return List.of();
        }
        return spark.read().format("delta").option("versionAsOf", version).load(editionsPath).collectAsList().stream()
                .map(row -> new EditionSummary(
                        row.getAs("programme_id"),
                        row.getAs("edition_id"),
                        row.<Integer>getAs("number"),
                        row.<Date>getAs("start_date").toLocalDate(),
                        row.<Date>getAs("end_date").toLocalDate(),
                        row.getAs("target_group"),
                        row.getAs("funder_id")))
                .sorted(Comparator.comparing(EditionSummary::programmeId).thenComparingInt(EditionSummary::number))
                .toList();
    }

    private List<MetricValue> readMetrics(long version) {
        if (version < 0) {
            return List.of();
        }
        return spark.read().format("delta").option("versionAsOf", version).load(metricsPath).collectAsList().stream()
                .map(MetricStore::metric)
                .toList();
    }

    private static MetricValue metric(Row row) {
        return MetricValue.fromColumns(
                row.getAs("metric_id"),
                row.getAs("programme_id"),
                row.getAs("edition_id"),
                row.getAs("wave"),
                row.getAs("group_key"),
                row.getAs("numerator"),
                row.getAs("denominator"),
                row.<Long>getAs("n"),
                row.getAs("value"),
                row.getAs("lower"),
                row.getAs("upper"),
                row.getAs("status"),
                row.getAs("note"),
                row.getAs("input_versions"),
                row.getAs("job_version"),
                row.<Timestamp>getAs("computed_at").toInstant());
    }
}
