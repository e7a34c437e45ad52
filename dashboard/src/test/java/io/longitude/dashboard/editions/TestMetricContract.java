package io.longitude.dashboard.editions;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.GroupKeys;
import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.MetricStatus;
import io.longitude.dashboard.DemoAccess;
import io.longitude.dashboard.system.LongitudeProperties;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Every row analytics writes on the demo reads as a typed row: its group key parses back to the same text. */
class TestMetricContract {
    private final String metrics =
            DemoAccess.context().getBean(LongitudeProperties.class).metrics();

    @Test
    void everyGroupKeyOfTheDemoParsesAndReadsBack() {
        List<Row> rows = DemoAccess.spark()
                .read()
                .format("delta")
                .load(LakeUri.table(metrics, MetricTables.METRIC_VALUES))
                .select("metric_id", "group_key", "status")
                .distinct()
                .collectAsList();
        assertThat(rows).hasSizeGreaterThan(100);
        for (Row row : rows) {
            GroupKey key = GroupKeys.parse(row.getString(0), row.getString(1));
            assertThat(key.text()).as(row.getString(0) + " " + row.getString(1)).isEqualTo(row.getString(1));
            assertThat(MetricStatus.fromCode(row.getString(2)).code()).isEqualTo(row.getString(2));
        }
        assertThat(rows.stream()
                        .map(row -> GroupKeys.parse(row.getString(0), row.getString(1))
                                .getClass()
                                .getSimpleName())
                        .distinct())
                .as("families the demo writes")
                .contains(
                        "Level",
                        "Transition",
                        "Agreement",
                        "SurvivalStep",
                        "SurvivalAt",
                        "Band",
                        "Versus",
                        "Brokerage",
                        "Item",
                        "FunnelStage",
                        "Pair",
                        "Label");
    }

    @Test
    void theStoreReadsEveryRowTyped() {
        MetricStore store = DemoAccess.context().getBean(MetricStore.class);
        long rows = DemoAccess.spark()
                .read()
                .format("delta")
                .load(LakeUri.table(metrics, MetricTables.METRIC_VALUES))
                .count();
        long read = MetricCatalogue.ALL.stream()
                .mapToLong(metric -> store.metric(metric.id()).size())
                .sum();
        assertThat(read).isEqualTo(rows);
    }
}
