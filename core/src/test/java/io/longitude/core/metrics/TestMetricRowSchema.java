package io.longitude.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.MetricTables;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metric row is defined once, by {@code MetricTables.METRIC_VALUES}; the record that reads it follows it. */
class TestMetricRowSchema {
    @Test
    void metricValueHasTheTablesColumnsInTheirOrder() {
        List<String> columns = MetricTables.METRIC_VALUES.columns().stream()
                .map(column -> column.name().equals("group_key") ? "key" : column.componentName())
                .toList();
        assertThat(Arrays.stream(MetricValue.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList())
                .isEqualTo(columns);
    }
}
