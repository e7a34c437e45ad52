package io.longitude.analytics.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-up tracking on two editions worked out by hand. E2 (ends 2025-03-01): four enrolled candidates and one only
 * referred; W1 answered by k1 (day 1) and k2 (day 8), and by the referred k5, who does not count. E1 (ends 2024-03-01):
 * five enrolled; W1 answered on days 4, 10, 11 and 31. On 2025-03-11, W1 of E2 has been open 10 days.
 */
class TestFollowUpProgress extends AnalyticsTestBase {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 11);

    private final List<Object[]> editions = new ArrayList<>();
    private final List<Object[]> enrolments = new ArrayList<>();
    private final List<Object[]> responses = new ArrayList<>();

    @BeforeEach
    void programme() {
        edition("E1", 1, "2024-01-01", "2024-03-01");
        edition("E2", 2, "2025-01-01", "2025-03-01");
        edition("X1", 1, "2025-01-01", "2025-03-01", "Q");
        for (String key : List.of("e1", "e2", "e3", "e4", "e5")) {
            enrol(key, "E1", "completed");
        }
        enrol("k1", "E2", "enrolled");
        enrol("k2", "E2", "completed");
        enrol("k3", "E2", "dropped");
        enrol("k4", "E2", "completed");
        enrol("k5", "E2", "referred");
        answer("k1", "E2", "W1", "2025-03-02");
        answer("k2", "E2", "W1", "2025-03-09");
        answer("k5", "E2", "W1", "2025-03-03");
        answer("k1", "E2", "W0", "2025-01-02");
        answer("e1", "E1", "W1", "2024-03-05");
        answer("e2", "E1", "W1", "2024-03-11");
        answer("e3", "E1", "W1", "2024-03-12");
        answer("e4", "E1", "W1", "2024-04-01");
    }

    @Test
    void eachWaveSaysWhenItIsPlannedWhoAnsweredSoFarAndWhereEarlierEditionsStoodThen() {
        List<FollowUpProgress.WaveProgress> waves = FollowUpProgress.of(
                table(LakeTables.EDITIONS, editions),
                table(LakeTables.ENROLMENTS, enrolments),
                table(LakeTables.RESPONSES, responses),
                "E2",
                TODAY);

        assertThat(waves).extracting(FollowUpProgress.WaveProgress::wave).containsExactly("W0", "W1", "W2", "W3", "W4");
        FollowUpProgress.WaveProgress intake = waves.get(0);
        assertThat(intake.planned()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(intake.answered()).isEqualTo(1);
        FollowUpProgress.WaveProgress end = waves.get(1);
        assertThat(end.planned()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(end.daysOpen()).isEqualTo(10);
        assertThat(end.state()).isEqualTo("open");
        assertThat(end.closes()).isEqualTo(LocalDate.of(2025, 4, 25));
        assertThat(intake.state()).isEqualTo("closed");
        assertThat(end.enrolled()).isEqualTo(4);
        assertThat(end.answered()).isEqualTo(2);
        assertThat(end.share()).isEqualTo(0.5);
        // E1 by day 10 after 2024-03-01: the answers of days 4 and 10 (the day itself counts), not 11 or 31.
        assertThat(end.earlier()).containsExactly(new FollowUpProgress.Earlier("E1", 1, 5, 2));
        FollowUpProgress.WaveProgress sixMonths = waves.get(2);
        assertThat(sixMonths.planned()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(sixMonths.daysOpen()).isNegative();
        assertThat(sixMonths.state()).isEqualTo("coming");
        assertThat(sixMonths.answered()).isZero();
        assertThat(sixMonths.earlier()).containsExactly(new FollowUpProgress.Earlier("E1", 1, 5, 0));
    }

    @Test
    void whoHasNotAnsweredIsTheEnrolledWithoutAnAnswer() {
        assertThat(FollowUpProgress.notAnswered(
                        table(LakeTables.ENROLMENTS, enrolments), table(LakeTables.RESPONSES, responses), "E2", "W1"))
                .containsExactly("k3", "k4");
        assertThat(FollowUpProgress.notAnswered(
                        table(LakeTables.ENROLMENTS, enrolments), table(LakeTables.RESPONSES, responses), "E2", "W0"))
                .containsExactly("k2", "k3", "k4");
    }

    @Test
    void anEditionTheLakeDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> FollowUpProgress.of(
                        table(LakeTables.EDITIONS, editions),
                        table(LakeTables.ENROLMENTS, enrolments),
                        table(LakeTables.RESPONSES, responses),
                        "E9",
                        TODAY))
                .hasMessageContaining("no edition E9");
    }

    private void edition(String id, int number, String start, String end) {
        edition(id, number, start, end, "P");
    }

    private void edition(String id, int number, String start, String end, String programme) {
        editions.add(new Object[] {programme, id, number, Date.valueOf(start), Date.valueOf(end), null, null, "b"});
    }

    private void enrol(String key, String edition, String status) {
        enrolments.add(new Object[] {key, 1, "P", edition, "candidate", "desk-1", status, null, null, null, null, "b"});
    }

    private void answer(String key, String edition, String wave, String day) {
        List<String> names = LakeTables.RESPONSES.columnNames();
        Object[] row = new Object[names.size()];
        row[names.indexOf("participant_key")] = key;
        row[names.indexOf("programme_id")] = "P";
        row[names.indexOf("edition_id")] = edition;
        row[names.indexOf("wave")] = wave;
        row[names.indexOf("instrument_id")] = "followup";
        row[names.indexOf("instrument_version")] = 1;
        row[names.indexOf("submitted_at")] = Timestamp.valueOf(day + " 12:00:00");
        row[names.indexOf("source_tool")] = "canonical";
        row[names.indexOf("batch_id")] = "b";
        responses.add(row);
    }

    private static Dataset<Row> table(TableDefinition table, List<Object[]> rows) {
        return spark.createDataFrame(rows.stream().map(RowFactory::create).toList(), StructType.fromDDL(table.ddl()));
    }
}
