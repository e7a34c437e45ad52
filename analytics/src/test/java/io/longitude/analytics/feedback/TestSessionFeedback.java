package io.longitude.analytics.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.WilsonInterval;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * M16 against values worked out by hand: two editions, three sessions, six answers. Edition 1: a, b and c attend
 * session S1 (thematic) and answer it; a and b attend S2 (a workshop), only a answers. Edition 2: d, e and f attend S3
 * (thematic), d and e answer.
 */
class TestSessionFeedback extends AnalyticsTestBase {
    private static Map<String, Row> cells;

    @BeforeAll
    static void compute() {
        Dataset<Row> editions = table(
                LakeTables.EDITIONS,
                RowFactory.create(
                        "P", "E1", 1, Date.valueOf("2024-01-10"), Date.valueOf("2024-03-20"), null, null, "b"),
                RowFactory.create(
                        "P", "E2", 2, Date.valueOf("2024-07-10"), Date.valueOf("2024-09-20"), null, null, "b"));
        Dataset<Row> sessions = table(
                LakeTables.SESSIONS,
                RowFactory.create("S1", "E1", null, "THEMATIC", "Circular economy", "b"),
                RowFactory.create("S2", "E1", null, "BMC_WORKSHOP", "Value proposition", "b"),
                RowFactory.create("S3", "E2", null, "THEMATIC", "Circular economy", "b"));
        Dataset<Row> attendance = table(
                LakeTables.ATTENDANCE,
                attended("S1", "a", "E1"),
                attended("S1", "b", "E1"),
                attended("S1", "c", "E1"),
                attended("S2", "a", "E1"),
                attended("S2", "b", "E1"),
                attended("S3", "d", "E2"),
                attended("S3", "e", "E2"),
                attended("S3", "f", "E2"));
        Dataset<Row> feedback = table(
                LakeTables.SESSION_FEEDBACK,
                answer("a", "E1", "S1", 4, 5, true),
                answer("b", "E1", "S1", 5, 4, true),
                answer("c", "E1", "S1", 3, 3, false),
                answer("a", "E1", "S2", 2, 4, false),
                answer("d", "E2", "S3", 5, 5, true),
                answer("e", "E2", "S3", 4, null, true));

        cells = cells(SessionFeedback.compute(editions, sessions, attendance, feedback, 3));
    }

    @Test
    void aSessionHasTheStudentAndWilsonIntervalsOfItsAnswers() {
        // 4, 5, 3: mean 4, s = 1, t(0.975, 2) = 4.302653, 4 ± 2.484 cut to the scale.
        Row usefulness = cells.get("E1||feedback=usefulness|session=S1");
        assertThat(usefulness.<Long>getAs("n")).isEqualTo(3);
        assertThat(usefulness.<Double>getAs("value")).isEqualTo(4.0);
        assertThat(usefulness.<Double>getAs("lower")).isCloseTo(4 - 4.302653 / Math.sqrt(3), within(1e-6));
        assertThat(usefulness.<Double>getAs("upper")).isEqualTo(5.0);
        assertShare(cells.get("E1||feedback=response|session=S1"), 3, 3, WilsonInterval.of(3, 3));
        assertShare(cells.get("E1||feedback=response|session=S2"), 1, 2, WilsonInterval.of(1, 2));
        assertThat(cells.get("E1||feedback=response|session=S2").<String>getAs("status"))
                .isEqualTo("small_n");
        assertShare(cells.get("E1||feedback=recommend|session=S1"), 2, 3, WilsonInterval.of(2, 3));
    }

    @Test
    void anEditionPoolsItsSessionsWithTheParticipantAsCluster() {
        // Clarity: a answers 5 and 4 (x = 2, y = 9), b 4, c 3: r = 16/4 = 4; residuals 1, 0, -1;
        // V = 3/2 * 2 / 16 = 0.1875; 4 - t(0.975, 2) * sqrt(V) = 4 - 4.302653 * 0.4330127.
        Row clarity = cells.get("E1||feedback=clarity");
        assertThat(clarity.<Long>getAs("n")).isEqualTo(3);
        assertThat(clarity.<Double>getAs("numerator")).isEqualTo(16.0);
        assertThat(clarity.<Double>getAs("denominator")).isEqualTo(4.0);
        assertThat(clarity.<Double>getAs("value")).isEqualTo(4.0);
        assertThat(clarity.<Double>getAs("lower")).isCloseTo(4 - 4.302653 * 0.4330127, within(1e-6));
        // Response: a gave 2 of 2, b 1 of 2, c 1 of 1: 4 of 5; residuals 0.4, -0.6, 0.2, V0 = 0.56/25,
        // effective n = 0.16/V0 = 7.1, kept at most the 5 attended sessions: Wilson(4, 5).
        assertShare(cells.get("E1||feedback=response"), 4, 5, WilsonInterval.of(4, 5));
        assertThat(cells.get("E1||feedback=response").<Long>getAs("n")).isEqualTo(3);
        assertThat(cells.get("E1||feedback=usefulness|kind=thematic").<Double>getAs("value"))
                .isEqualTo(4.0);
        assertThat(cells.get("E1||feedback=usefulness|kind=bmc_workshop").<Double>getAs("value"))
                .isEqualTo(2.0);
    }

    @Test
    void theProgrammePoolsItsEditionsAndHasATrend() {
        // Recommend: 4 yes of 6 answers from 5 participants; effective n 9.0 kept at most 6 answers.
        assertShare(cells.get("||feedback=recommend"), 4, 6, WilsonInterval.ofShare(4.0 / 6, 6));
        assertThat(cells.get("||feedback=recommend").<Long>getAs("n")).isEqualTo(5);
        assertThat(cells.get("||feedback=usefulness|kind=thematic").<Double>getAs("value"))
                .isCloseTo(21.0 / 5, within(1e-12));
        assertThat(cells).doesNotContainKey("||feedback=usefulness|session=S1");
        // Participants' own usefulness means: edition 1: 3, 5, 3; edition 2: 5, 4.
        SimpleRegression regression = new SimpleRegression();
        regression.addData(new double[][] {{1, 3}, {1, 5}, {1, 3}, {2, 5}, {2, 4}});
        Row trend = cells.get("||feedback=usefulness|trend");
        assertThat(trend.<Long>getAs("n")).isEqualTo(5);
        assertThat(trend.<Double>getAs("value")).isCloseTo(regression.getSlope(), within(1e-12));
        assertThat(trend.<Double>getAs("value")).isCloseTo(1.0 / 1.2, within(1e-12));
        assertThat(trend.<Double>getAs("upper") - trend.<Double>getAs("value"))
                .isCloseTo(regression.getSlopeConfidenceInterval(), within(1e-9));
        assertThat(cells.keySet()).noneMatch(key -> key.contains("intention"));
        assertThat(cells).doesNotContainKey("||feedback=useful|trend");
    }

    @Test
    void usefulAndClearAreTheSharesRatingFourOrFive() {
        // Usefulness in edition 1: a rates 4 and 2 (1 of 2), b 5 (1 of 1), c 3 (0 of 1): 2 of 4 answers.
        Row useful = cells.get("E1||feedback=useful");
        assertThat(useful.<Double>getAs("numerator")).isEqualTo(2.0);
        assertThat(useful.<Double>getAs("denominator")).isEqualTo(4.0);
        assertThat(useful.<Long>getAs("n")).isEqualTo(3);
        // Clarity in edition 2: d rates 5, e does not answer: 1 of 1.
        assertShare(cells.get("E2||feedback=clear"), 1, 1, WilsonInterval.of(1, 1));
        assertShare(cells.get("E1||feedback=clear|session=S1"), 2, 3, WilsonInterval.of(2, 3));
    }

    private static void assertShare(Row row, double yes, double answers, Interval interval) {
        assertThat(row.<Double>getAs("numerator")).isEqualTo(yes);
        assertThat(row.<Double>getAs("denominator")).isEqualTo(answers);
        assertThat(row.<Double>getAs("value")).isCloseTo(yes / answers, within(1e-12));
        assertThat(row.<Double>getAs("lower")).isCloseTo(interval.lower(), within(1e-12));
        assertThat(row.<Double>getAs("upper")).isCloseTo(interval.upper(), within(1e-12));
    }

    private static Dataset<Row> table(TableDefinition table, Row... rows) {
        return spark.createDataFrame(List.of(rows), StructType.fromDDL(table.ddl()));
    }

    private static Row attended(String session, String participant, String edition) {
        return RowFactory.create(session, participant, edition, "b");
    }

    private static Row answer(
            String participant, String edition, String session, Integer useful, Integer clear, Boolean recommend) {
        return RowFactory.create(
                participant,
                "P",
                edition,
                session,
                "session-feedback",
                1,
                null,
                "canonical",
                null,
                useful,
                clear,
                "free text never read",
                recommend,
                "b");
    }
}
