package io.longitude.dashboard.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.core.metrics.WilsonInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The study's summary of a handful of figures, worked out by hand. */
class TestCoverage {
    @Test
    void coverageBiasRmseAndWidthByHand() {
        // Truth 0.5. Estimates 0.4 [0.3, 0.6] covers, 0.7 [0.6, 0.8] misses, 0.6 [0.45, 0.75] covers, one not
        // computable.
        List<Observation> observations = List.of(
                new Observation("share", "W1", "edition", 100, 0, 0.4, 0.3, 0.6, 0.5),
                new Observation("share", "W1", "edition", 100, 1, 0.7, 0.6, 0.8, 0.5),
                new Observation("share", "W1", "edition", 100, 2, 0.6, 0.45, 0.75, 0.5),
                new Observation("share", "W1", "edition", 100, 3, null, null, null, 0.5),
                new Observation("share", "W1", "programme", 100, 0, 0.55, null, null, 0.5));

        List<Coverage> table = Coverage.of(observations);

        assertThat(table).hasSize(2);
        Coverage edition = table.get(0);
        assertThat(edition.scope()).isEqualTo("edition");
        assertThat(edition.rows()).isEqualTo(4);
        assertThat(edition.estimates()).isEqualTo(3);
        assertThat(edition.covered()).isEqualTo(2);
        assertThat(edition.coverage()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(edition.coverageLower()).isCloseTo(WilsonInterval.of(2, 3).lower(), within(1e-12));
        // Errors −0.1, +0.2, +0.1: bias 0.2 / 3, RMSE √(0.06 / 3); widths 0.3, 0.2, 0.3.
        assertThat(edition.bias()).isCloseTo(0.2 / 3, within(1e-12));
        assertThat(edition.rmse()).isCloseTo(Math.sqrt(0.06 / 3), within(1e-12));
        assertThat(edition.meanWidth()).isCloseTo(0.8 / 3, within(1e-12));
        assertThat(edition.verdict()).isEqualTo("low");
        Coverage programme = table.get(1);
        assertThat(programme.verdict()).isEqualTo("no interval");
        assertThat(programme.bias()).isCloseTo(0.05, within(1e-12));
        assertThat(ValidationReport.csv(table).get(1)).startsWith("share,W1,edition,100,4,3,3,2,0.666667,");
    }

    @Test
    void truthFieldsAreReadAsNumbersAndLists() {
        Truth truth = Truth.parse("{\n  \"seed\": 7,\n  \"expected_level_shares_w1\": [0.356289, 0.370611, 0.273100],\n"
                + "  \"did\": [null, 0.1]\n}\n");

        assertThat(truth.number("seed")).isEqualTo(7);
        assertThat(truth.at("expected_level_shares_w1", 2)).isEqualTo(0.2731);
        assertThat(truth.at("did", 0)).isNaN();
        assertThat(Estimand.waveNumber("W0>W3")).isEqualTo(3);
        assertThat(Estimand.waveNumber("")).isEqualTo(-1);
    }
}
