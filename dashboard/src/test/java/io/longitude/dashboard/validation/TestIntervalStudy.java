package io.longitude.dashboard.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.metrics.WilsonInterval;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The verdict the intervals page gives each estimator, from cells worked out by hand, and the packaged study. */
class TestIntervalStudy {
    @Test
    void aCellTooNarrowBeyondChanceMakesTheEstimatorApproximate() {
        // 150 of 200 intervals held the truth: 75 %, Monte Carlo interval about 68–81 %, wholly below 95 %.
        IntervalStudy study = new IntervalStudy(List.of(
                cell("M15 difference in differences, integrated", "W0>W1", "edition", 600, 570),
                cell("M15 difference in differences, integrated", "W0>W2", "programme", 200, 150)));

        EstimatorSummary summary = study.estimators().get(0);

        assertThat(summary.id()).isEqualTo("m15-difference-in-differences-integrated");
        assertThat(summary.metricId()).isEqualTo("M15");
        assertThat(summary.verdict()).isEqualTo(EstimatorSummary.Verdict.APPROXIMATE);
        assertThat(summary.sizes()).containsExactly(new EstimatorSummary.SizeRange(100, 75, 95, true, false));
        assertThat(summary.outside()).extracting(Coverage::wave).containsExactly("W0>W2");
        assertThat(study.approximate("M15")).containsExactly(summary);
    }

    @Test
    void aCellOutsideTheBandByChanceOnlyLeavesTheEstimatorRight() {
        // 184 of 200 = 92 %: outside 93–97 %, but the Monte Carlo interval (87.4–95.0 %) still holds 95 %.
        assertThat(WilsonInterval.of(184, 200).upper()).isGreaterThan(0.95);
        IntervalStudy study = new IntervalStudy(List.of(cell("M2 response rate", "W2", "programme", 200, 184)));

        assertThat(study.estimators().get(0).verdict()).isEqualTo(EstimatorSummary.Verdict.RIGHT);
        assertThat(study.estimators().get(0).outside()).isEmpty();
        assertThat(study.approximate("M2")).isEmpty();
    }

    @Test
    void cellsTooWideOnlyMakeItCautiousAndCellsWithoutIntervalsAreLeftOut() {
        // 396 + 392 of 800 = 98.5 %: Monte Carlo interval about 97.4–99.2 %, wholly above 95 %.
        IntervalStudy study = new IntervalStudy(List.of(
                cell("M10 response rate vs previous edition", "W0", "edition", 400, 396),
                cell("M10 response rate vs previous edition", "W1", "edition", 400, 392),
                cell("M14 staff_sd_tools", "W1", "edition", 0, 0)));

        assertThat(study.estimators()).hasSize(1);
        assertThat(study.estimators().get(0).verdict()).isEqualTo(EstimatorSummary.Verdict.CAUTIOUS);
        assertThat(study.estimators().get(0).cells()).hasSize(2);
    }

    /**
     * One wave at 92 % (Monte Carlo interval 89.6–93.9 %, below 95 %) beside four at 95 %: pooled over the waves
     * 2,832 of 3,000 = 94.4 %, within the band. Among hundreds of cells some miss by chance; the verdict is the pool's.
     */
    @Test
    void theVerdictRestsOnTheWavesPooledNotOnOneCell() {
        List<Coverage> cells =
                new java.util.ArrayList<>(List.of(cell("M3 share at level 0", "W0", "edition", 600, 552)));
        for (String wave : List.of("W1", "W2", "W3", "W4")) {
            cells.add(cell("M3 share at level 0", wave, "edition", 600, 570));
        }
        EstimatorSummary summary = new IntervalStudy(cells).estimators().get(0);

        assertThat(summary.verdict()).isEqualTo(EstimatorSummary.Verdict.RIGHT);
        assertThat(summary.outside()).extracting(Coverage::wave).containsExactly("W0");
        assertThat(summary.sizes()).containsExactly(new EstimatorSummary.SizeRange(100, 92, 95, false, false));
    }

    @Test
    void estimatorsComeInMetricOrderAndTheTableReadsBackAsWritten() {
        List<Coverage> cells = List.of(
                cell("M15 difference in differences, integrated", "W0>W1", "edition", 600, 570),
                cell("M3 share at level 0, weighted", "W1", "edition", 600, 570),
                cell("M10 integrated vs previous edition", "W1", "edition", 400, 380));

        List<Coverage> read = Coverage.parse(ValidationReport.csv(cells));

        assertThat(read)
                .extracting(Coverage::estimand, Coverage::intervals, Coverage::covered)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M15 difference in differences, integrated", 600L, 570L),
                        org.assertj.core.groups.Tuple.tuple("M3 share at level 0, weighted", 600L, 570L),
                        org.assertj.core.groups.Tuple.tuple("M10 integrated vs previous edition", 400L, 380L));
        assertThat(read.get(0).coverageLower())
                .isEqualTo(cells.get(0).coverageLower(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(new IntervalStudy(read).estimators())
                .extracting(EstimatorSummary::metricId)
                .containsExactly("M3", "M10", "M15");
    }

    /**
     * The study packaged with the build: at least two sizes of at least 200 programmes, and every estimator named in
     * nl, fr and en, with a reason in each wherever its verdict is not "right".
     */
    @Test
    void thePackagedStudyHasTwoSizesAndEveryVerdictItsWordsInEveryLanguage() throws IOException {
        IntervalStudy study = new IntervalStudy();
        assertThat(study.sizes()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(study.programmes()).isGreaterThanOrEqualTo(200);
        assertThat(study.estimators()).hasSizeGreaterThanOrEqualTo(15);
        for (String language : List.of("", "_nl", "_fr")) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/messages" + language + ".properties")) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (EstimatorSummary summary : study.estimators()) {
                assertThat(messages.getProperty("intervals.estimator." + summary.id()))
                        .as("the name of %s in messages%s", summary.id(), language)
                        .isNotBlank();
                if (summary.verdict() != EstimatorSummary.Verdict.RIGHT) {
                    assertThat(messages.getProperty("intervals.reason." + summary.id()))
                            .as("why %s is %s, in messages%s", summary.id(), summary.verdict(), language)
                            .isNotBlank();
                }
            }
        }
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        assertThat(study.approximateNotes(source, Locale.forLanguageTag("fr")).values().stream()
                        .flatMap(List::stream)
                        .toList())
                .isNotEmpty()
                .allSatisfy(note ->
                        assertThat(note).startsWith("Marge approximative").doesNotContain("{"));
    }

    private static Coverage cell(String estimator, String wave, String scope, long intervals, long covered) {
        var wilson = intervals == 0 ? null : WilsonInterval.of(covered, intervals);
        return new Coverage(
                estimator,
                wave,
                scope,
                100,
                Math.max(intervals, 200),
                Math.max(intervals, 200),
                intervals,
                covered,
                intervals == 0 ? Double.NaN : (double) covered / intervals,
                wilson == null ? Double.NaN : wilson.lower(),
                wilson == null ? Double.NaN : wilson.upper(),
                0.5,
                0.0,
                0.1,
                intervals == 0 ? Double.NaN : 0.2);
    }
}
