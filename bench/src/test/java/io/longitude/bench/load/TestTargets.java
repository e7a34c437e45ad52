package io.longitude.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestTargets {
    private static Summary p95(double millis, long count, long errors) {
        return new Summary("x", count, errors, 1, millis / 2, millis, millis * 2, millis * 3);
    }

    @Test
    void eachTargetIsMetOrMissedOnItsFigure() {
        List<Verdict> verdicts = Targets.evaluate(
                p95(90, 100, 0),
                p95(160, 100, 0),
                p95(1_200, 10, 0),
                p95(100, 200, 0),
                p95(140, 200, 0),
                p95(100, 1_000, 9),
                200 * 1024,
                215 * 1024);
        assertThat(verdicts).extracting(Verdict::met).containsExactly(true, false, true, true, true, true);
        assertThat(verdicts.get(3).figure()).isEqualTo("100 ms → 140 ms: 1.40×");
        assertThat(verdicts.get(4).figure()).isEqualTo("9 of 1000 (0.900%)");
        assertThat(verdicts.get(5).figure()).isEqualTo("200.0 MB → 215.0 MB (+7.5%)");
    }

    @Test
    void aRiseAboveOneAndAHalfTimesOrOnePercentErrorsOrHeapGrowthIsMissed() {
        List<Verdict> verdicts = Targets.evaluate(
                p95(90, 100, 0),
                p95(100, 100, 0),
                p95(1_000, 10, 0),
                p95(100, 200, 0),
                p95(151, 200, 0),
                p95(100, 1_000, 10),
                200 * 1024,
                230 * 1024);
        assertThat(verdicts).extracting(Verdict::met).containsExactly(true, true, true, false, false, false);
    }

    @Test
    void withoutAnalystsPhaseOrHeapSamplesThoseTargetsAreLeftOut() {
        List<Verdict> verdicts = Targets.evaluate(
                p95(90, 100, 0),
                p95(100, 100, 0),
                p95(1_000, 10, 0),
                p95(100, 200, 0),
                null,
                p95(100, 1_000, 0),
                -1,
                -1);
        assertThat(verdicts)
                .extracting(Verdict::target)
                .containsExactly(
                        "pages p95 ≤ 100 ms", "charts p95 ≤ 150 ms", "warm small query p95 ≤ 1.5 s", "errors < 1%");
    }
}
