package io.longitude.analytics.impact;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * A tiny programme whose metrics are worked out by hand in the tests.
 * Edition E1: candidates a, b, e (desk D1), c (D2, dropped), d (D2, referred only), coach k.
 * Attendance a 8, b 5, c 2, e 7. W0: a 0, b 1, c 0, e 2. W1: a 1, b 1, e unanswered.
 * Ties at W1: a names b and e, b names a, e names x. Edition E2: candidate x (D3), no responses.
 */
public final class TinyFixtures {
    private TinyFixtures() {}

    public static Dataset<Row> enrolments(SparkSession spark) {
        return rows(
                spark,
                LakeTables.ENROLMENTS,
                enrolment("a", "E1", "candidate", "D1", "completed"),
                enrolment("b", "E1", "candidate", "D1", "enrolled"),
                enrolment("c", "E1", "candidate", "D2", "dropped"),
                enrolment("d", "E1", "candidate", "D2", "referred"),
                enrolment("e", "E1", "candidate", "D1", "completed"),
                enrolment("k", "E1", "coach", null, "enrolled"),
                enrolment("x", "E2", "candidate", "D3", "enrolled"));
    }

    public static Dataset<Row> attendance(SparkSession spark) {
        List<Object[]> rows = new ArrayList<>();
        int[] sessions = {8, 5, 2, 7};
        String[] people = {"a", "b", "c", "e"};
        for (int person = 0; person < people.length; person++) {
            for (int session = 1; session <= sessions[person]; session++) {
                rows.add(new Object[] {"E1-S" + session, people[person], "E1", "batch"});
            }
        }
        return rows(spark, LakeTables.ATTENDANCE, rows.toArray(Object[][]::new));
    }

    public static Dataset<Row> responses(SparkSession spark) {
        return rows(
                spark,
                LakeTables.RESPONSES,
                response("a", "W0", 0, "idea", null),
                response("b", "W0", 1, "launched", null),
                response("c", "W0", 0, "idea", null),
                response("e", "W0", 2, "launched", null),
                response("a", "W1", 1, "launched", List.of(tie("b", "joint_project"), tie("e", "referral"))),
                response("b", "W1", 1, "stopped", List.of(tie("a", "co_founding"))),
                response("e", "W1", null, null, List.of(tie("x", "referral"))));
    }

    private static Object[] enrolment(String key, String edition, String role, String desk, String status) {
        return new Object[] {
            key, 1, "P", edition, role, desk, status, Date.valueOf("2024-01-01"), null, null, null, "batch"
        };
    }

    private static Object[] response(String key, String wave, Integer level, String business, List<Row> ties) {
        Object[] row = new Object[LakeTables.RESPONSES.columns().size()];
        List<String> names = LakeTables.RESPONSES.columnNames();
        row[names.indexOf("participant_key")] = key;
        row[names.indexOf("programme_id")] = "P";
        row[names.indexOf("edition_id")] = "E1";
        row[names.indexOf("wave")] = wave;
        row[names.indexOf("instrument_id")] = "followup";
        row[names.indexOf("instrument_version")] = 1;
        row[names.indexOf("source_tool")] = "canonical";
        row[names.indexOf("batch_id")] = "batch";
        row[names.indexOf("sd_integration")] = level;
        row[names.indexOf("business_status")] = business;
        row[names.indexOf("ties")] = ties == null
                ? null
                : scala.jdk.javaapi.CollectionConverters.asScala(ties).toSeq();
        return row;
    }

    private static Row tie(String key, String kind) {
        return RowFactory.create(key, kind);
    }

    static Dataset<Row> rows(SparkSession spark, TableDefinition table, Object[]... rows) {
        List<Row> list = Arrays.stream(rows).map(RowFactory::create).toList();
        return spark.createDataFrame(list, StructType.fromDDL(table.ddl()));
    }
}
