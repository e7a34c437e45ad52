package io.longitude.analytics.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.analytics.impact.TinyFixtures;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** M11 on the tiny programme: E1 has nodes a, b, c, e and edges {a,b}, {a,e}; e's tie to x crosses editions. */
class TestNetworkCounts extends AnalyticsTestBase {
    @Test
    void countsDensityDegreeAndTies() {
        Map<String, Row> cells = cells(NetworkCounts.compute(TinyFixtures.enrolments(spark), TinyFixtures.responses(spark), 5));

        assertThat(value(cells, "E1||participants")).isEqualTo(4.0);
        assertThat(value(cells, "E1||ties")).isEqualTo(2.0);
        assertThat(value(cells, "E1||density")).isCloseTo(2 * 2 / (4.0 * 3), within(1e-12));
        assertThat(value(cells, "E1||mean_degree")).isCloseTo(1.0, within(1e-12));
        assertThat(value(cells, "E1||share_with_tie")).isCloseTo(0.75, within(1e-12));
        assertThat(value(cells, "E1||ties_across_editions")).isEqualTo(1.0);
        assertThat(value(cells, "E2||participants")).isEqualTo(1.0);
        assertThat(value(cells, "E2||ties")).isEqualTo(0.0);
        Row density = cells.get("E2||density");
        assertThat(density.<Object>getAs("value")).isNull();
        assertThat(density.<String>getAs("status")).isEqualTo("not_computable");
        assertThat(density.<String>getAs("note")).isEqualTo("denominator is zero");
    }

    private static Double value(Map<String, Row> cells, String key) {
        return cells.get(key).getAs("value");
    }
}
