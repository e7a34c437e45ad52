package io.longitude.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestMetricCatalogue {
    @Test
    void listsM1ToM17InOrder() {
        assertThat(MetricCatalogue.ALL)
                .extracting(MetricDefinition::id)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 17).mapToObj(i -> "M" + i).toList());
        assertThat(MetricCatalogue.byId("M3").name().nl()).isEqualTo("Integratie doorheen de tijd");
    }
}
