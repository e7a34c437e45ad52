package io.longitude.analytics.impact;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Builds small lake tables row by row for tests whose expected metrics are worked out by hand. */
final class ProgrammeRows {
    private final List<Object[]> editions = new ArrayList<>();
    private final List<Object[]> enrolments = new ArrayList<>();
    private final List<Object[]> sessions = new ArrayList<>();
    private final List<Object[]> attendance = new ArrayList<>();
    private final List<Object[]> assessments = new ArrayList<>();
    private final List<Object[]> responses = new ArrayList<>();

    ProgrammeRows edition(String edition, int number) {
        editions.add(new Object[] {
            "P", edition, number, Date.valueOf("2024-01-01"), Date.valueOf("2024-03-01"), null, null, "batch"
        });
        for (int session = 1; session <= 10; session++) {
            sessions.add(new Object[] {
                edition + "-S" + session, edition, null, session <= 6 ? "THEMATIC" : "BMC_WORKSHOP", null, "batch"
            });
        }
        return this;
    }

    ProgrammeRows candidate(String key, String edition, String desk, String status) {
        return candidate(key, edition, desk, status, null, null);
    }

    ProgrammeRows candidate(String key, String edition, String desk, String status, String gender, String ageBand) {
        enrolments.add(new Object[] {
            key, 1, "P", edition, "candidate", desk, status, Date.valueOf("2024-01-01"), null, gender, ageBand, "batch"
        });
        return this;
    }

    /** Attendance at the first {@code thematic} thematic sessions and the first {@code bmc} workshops. */
    ProgrammeRows attended(String key, String edition, int thematic, int bmc) {
        for (int session = 1; session <= thematic; session++) {
            attendance.add(new Object[] {edition + "-S" + session, key, edition, "batch"});
        }
        for (int session = 7; session < 7 + bmc; session++) {
            attendance.add(new Object[] {edition + "-S" + session, key, edition, "batch"});
        }
        return this;
    }

    ProgrammeRows assessment(String key, String edition, String wave, int level) {
        assessments.add(new Object[] {key, edition, wave, level, null, "batch"});
        return this;
    }

    /** A response with the given answers (question code to value; dates as yyyy-MM-dd strings). */
    ProgrammeRows response(String key, String edition, String wave, Map<String, Object> answers) {
        List<String> names = LakeTables.RESPONSES.columnNames();
        Object[] row = new Object[names.size()];
        row[names.indexOf("participant_key")] = key;
        row[names.indexOf("programme_id")] = "P";
        row[names.indexOf("edition_id")] = edition;
        row[names.indexOf("wave")] = wave;
        row[names.indexOf("instrument_id")] = "followup";
        row[names.indexOf("instrument_version")] = 1;
        row[names.indexOf("source_tool")] = "canonical";
        row[names.indexOf("batch_id")] = "batch";
        answers.forEach((question, value) -> {
            int index = names.indexOf(question);
            if (index < 0) {
                throw new IllegalArgumentException("No column " + question);
            }
            row[index] = value instanceof String text && question.endsWith("_date")
                    ? Date.valueOf(text)
                    : value instanceof String text && question.equals("submitted_at")
                            ? Timestamp.valueOf(text + " 12:00:00")
                            : value;
        });
        responses.add(row);
        return this;
    }

    /** A response with only sd_integration (and optionally sd_interest). */
    ProgrammeRows level(String key, String edition, String wave, Integer level, Integer interest) {
        java.util.HashMap<String, Object> answers = new java.util.HashMap<>();
        answers.put("sd_integration", level);
        answers.put("sd_interest", interest);
        return response(key, edition, wave, answers);
    }

    Dataset<Row> editions(SparkSession spark) {
        return table(spark, LakeTables.EDITIONS, editions);
    }

    Dataset<Row> enrolments(SparkSession spark) {
        return table(spark, LakeTables.ENROLMENTS, enrolments);
    }

    Dataset<Row> sessions(SparkSession spark) {
        return table(spark, LakeTables.SESSIONS, sessions);
    }

    Dataset<Row> attendance(SparkSession spark) {
        return table(spark, LakeTables.ATTENDANCE, attendance);
    }

    Dataset<Row> assessments(SparkSession spark) {
        return table(spark, LakeTables.ASSESSMENTS, assessments);
    }

    Dataset<Row> responses(SparkSession spark) {
        return table(spark, LakeTables.RESPONSES, responses);
    }

    private static Dataset<Row> table(SparkSession spark, TableDefinition table, List<Object[]> rows) {
        return spark.createDataFrame(rows.stream().map(RowFactory::create).toList(), StructType.fromDDL(table.ddl()));
    }
}
