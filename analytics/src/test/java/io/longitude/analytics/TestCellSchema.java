package io.longitude.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.Column;
import io.longitude.core.lake.MetricTables;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A driver-side cell is the metric table's row (the one definition, {@code MetricTables.METRIC_VALUES}) less what
 * the job adds: the status, set by {@code MetricStatus.of}, and the provenance columns.
 */
class TestCellSchema {
    @Test
    void aCellHasTheTablesColumnsLessStatusAndProvenance() {
        List<String> columns = MetricTables.METRIC_VALUES.columns().stream()
                .filter(column -> List.of(MetricColumns.CELLS).contains(column.name())
                        && !column.name().equals("status"))
                .map(Column::componentName)
                .toList();
        assertThat(Arrays.stream(Cell.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList())
                .isEqualTo(columns);
        assertThat(MetricTables.METRIC_VALUES.columnNames())
                .containsSubsequence(MetricColumns.CELLS)
                .endsWith(MetricColumns.PROVENANCE.toArray(String[]::new));
    }
}
