package io.longitude.analytics.collaboration;

import static io.longitude.analytics.collaboration.CollaborationFixtures.enrolment;
import static io.longitude.analytics.collaboration.CollaborationFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.WilsonInterval;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * M13 worked out by hand. E1 candidates a, b, c, e, g (completed), d (dropped). a and b speak at E2, c and z (never
 * a candidate) at E3. Latest answers in E1: a level 0 and stopped (W2 after W1's 1 and launched), b 2 and launched,
 * c 1 (W0; W1 leaves it unanswered) and idea, d 2 and launched, e 1 and launched, g 0 and preparing.
 * Others of E2 and E3 (completers of E1 who never spoke): e and g; d dropped out, a, b, c spoke.
 */
class TestAlumniSpeakers extends AnalyticsTestBase {
    @Test
    void speakersOutcomesAgainstTheOtherCompletersOfTheirEdition() {
        Map<String, Row> cells = cells(AlumniSpeakers.compute(
                CollaborationFixtures.enrolments(
                        spark,
                        enrolment("a", "E1", "candidate", "D1", "completed"),
                        enrolment("b", "E1", "candidate", "D1", "completed"),
                        enrolment("c", "E1", "candidate", "D1", "completed"),
                        enrolment("d", "E1", "candidate", "D1", "dropped"),
                        enrolment("e", "E1", "candidate", "D1", "completed"),
                        enrolment("g", "E1", "candidate", "D2", "completed"),
                        enrolment("a", "E2", "alumnus_speaker", "D1", "enrolled"),
                        enrolment("b", "E2", "alumnus_speaker", "D1", "enrolled"),
                        enrolment("f", "E2", "candidate", "D1", "completed"),
                        enrolment("c", "E3", "alumnus_speaker", "D1", "enrolled"),
                        enrolment("z", "E3", "alumnus_speaker", null, "enrolled")),
                CollaborationFixtures.responses(
                        spark,
                        response("a", "E1", "W1").integration(1).business("launched"),
                        response("a", "E1", "W2").integration(0).business("stopped"),
                        response("b", "E1", "W1").integration(2).business("launched"),
                        response("c", "E1", "W0").integration(1).business("preparing"),
                        response("c", "E1", "W1").business("idea"),
                        response("d", "E1", "W1").integration(2).business("launched"),
                        response("e", "E1", "W1").integration(1).business("launched"),
                        response("g", "E1", "W1").integration(0).business("preparing"),
                        response("f", "E2", "W1").integration(2).business("launched")),
                5));

        assertThat(cells)
                .containsOnlyKeys(
                        "E2||speakers",
                        "E2||speakers|integrated",
                        "E2||speakers|business_active",
                        "E2||others|integrated",
                        "E2||others|business_active",
                        "E3||speakers",
                        "E3||speakers|integrated",
                        "E3||speakers|business_active",
                        "E3||others|integrated",
                        "E3||others|business_active");
        assertThat(cells.get("E2||speakers").<Double>getAs("value")).isEqualTo(2.0);
        assertShare(cells.get("E2||speakers|integrated"), 1, 2);
        assertShare(cells.get("E2||speakers|business_active"), 1, 2);
        assertShare(cells.get("E2||others|integrated"), 1, 2);
        assertShare(cells.get("E2||others|business_active"), 1, 2);
        // E3: z counts as a speaker but has no original edition; c: integrated (W0), business idea.
        assertThat(cells.get("E3||speakers").<Double>getAs("value")).isEqualTo(2.0);
        assertShare(cells.get("E3||speakers|integrated"), 1, 1);
        assertShare(cells.get("E3||speakers|business_active"), 0, 1);
        assertShare(cells.get("E3||others|integrated"), 1, 2);
        assertShare(cells.get("E3||others|business_active"), 1, 2);
        assertThat(cells.get("E3||speakers|integrated").<String>getAs("status")).isEqualTo("small_n");
    }

    private static void assertShare(Row row, int numerator, int denominator) {
        assertThat(row.<Double>getAs("numerator")).isEqualTo(numerator);
        assertThat(row.<Double>getAs("denominator")).isEqualTo(denominator);
        assertThat(row.<Long>getAs("n")).isEqualTo(denominator);
        assertThat(row.<Double>getAs("value")).isCloseTo(numerator / (double) denominator, within(1e-12));
        if (denominator >= 2) {
            Interval expected = WilsonInterval.of(numerator, denominator);
            assertThat(row.<Double>getAs("lower")).isCloseTo(expected.lower(), within(1e-12));
            assertThat(row.<Double>getAs("upper")).isCloseTo(expected.upper(), within(1e-12));
        } else {
            assertThat(row.<Object>getAs("lower")).isNull();
        }
    }
}
