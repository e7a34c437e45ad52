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
        List<String> columns = MetricTables.METRIC_VALUES.columnNames().stream()
                .map(column -> column.equals("group_key") ? "key" : camel(column)).toList();
        assertThat(Arrays.stream(MetricValue.class.getRecordComponents()).map(RecordComponent::getName).toList())
                .isEqualTo(columns);
    }

    static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char character : column.toCharArray()) {
            if (character == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(character) : character);
                upper = false;
            }
        }
        return name.toString();
    }
}
