package io.longitude.dashboard.trajectories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.longitude.core.lake.MetricTables;
import io.longitude.core.metrics.MetricStatus;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.network.LakeReads;
import io.longitude.dashboard.system.VersionedCache;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.springframework.stereotype.Component;

/**
 * The panel from intake (W0) to the latest wave, read from the table analytics writes for it
 * ({@code MetricTables.INTAKE_TO_LATEST}, M4's population; M4 itself holds only consecutive waves). Kept per edition
 * until the table gets a new Delta version.
 */
@Component
public class IntakeToLatest {
    private final LakeReads lake;
    private final VersionedCache<String, Optional<FlowPanel>> cache = new VersionedCache<>(1_000);

    public IntakeToLatest(LakeReads lake) {
        this.lake = lake;
    }

    /**
     * The panel {@code W0>W<latest>}, or empty when the latest wave answered by candidates who also answered at intake
     * is W1 (that panel is M4's own) or there is none.
     */
    public Optional<FlowPanel> panel(EditionSummary edition) {
        long version =
                lake.metricVersions(List.of(MetricTables.INTAKE_TO_LATEST)).get(0);
        return cache.get(edition.editionId(), version, () -> read(edition, version));
    }

    private Optional<FlowPanel> read(EditionSummary edition, long version) {
        List<Row> cells = lake.readMetrics(MetricTables.INTAKE_TO_LATEST, version)
                .filter(col("edition_id").equalTo(lit(edition.editionId())))
                .select("wave", "wave_index", "before", "after", "candidates")
                .collectAsList();
        int latest = cells.stream().mapToInt(row -> row.getInt(1)).max().orElse(-1);
        if (latest < 2) {
            return Optional.empty();
        }
        long[][] counts = new long[FlowPanel.LEVELS][FlowPanel.LEVELS];
        String wave = "";
        for (Row row : cells) {
            int before = row.getInt(2);
            int after = row.getInt(3);
            if (before < FlowPanel.LEVELS && after < FlowPanel.LEVELS) {
                counts[before][after] += row.getLong(4);
                wave = row.getString(0);
            }
        }
        return Optional.of(new FlowPanel("W0>" + wave, counts, false, MetricStatus.OK.code()));
    }
}
