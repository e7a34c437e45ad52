package io.longitude.analytics.collaboration;

import io.longitude.core.lake.LakeTables;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Builders of enrolment and response rows of programme P for the collaboration tests. */
final class CollaborationFixtures {
    private CollaborationFixtures() {}

    static Object[] enrolment(String key, String edition, String role, String desk, String status) {
        return new Object[] {
            key, 1, "P", edition, role, desk, status, Date.valueOf("2024-01-01"), null, null, null, "batch"
        };
    }

    static Dataset<Row> enrolments(SparkSession spark, Object[]... rows) {
        return spark.createDataFrame(
                Arrays.stream(rows).map(RowFactory::create).toList(), StructType.fromDDL(LakeTables.ENROLMENTS.ddl()));
    }

    static Dataset<Row> responses(SparkSession spark, Response... responses) {
        return spark.createDataFrame(
                Arrays.stream(responses).map(Response::row).toList(), StructType.fromDDL(LakeTables.RESPONSES.ddl()));
    }

    static Response response(String key, String edition, String wave) {
        return new Response(key, edition, wave);
    }

    /** One response; the setters return it for chaining. */
    static final class Response {
        private final Object[] row = new Object[LakeTables.RESPONSES.columns().size()];
        private final List<String> names = LakeTables.RESPONSES.columnNames();

        Response(String key, String edition, String wave) {
            set("participant_key", key);
            set("programme_id", "P");
            set("edition_id", edition);
            set("wave", wave);
            set("instrument_id", "followup");
            set("instrument_version", 1);
            set("source_tool", "canonical");
            set("batch_id", "batch");
            set(
                    "submitted_at",
                    Timestamp.valueOf("2024-0" + (1 + Integer.parseInt(wave.substring(1))) + "-01 00:00:00"));
        }

        Response ties(String... keys) {
            List<Row> ties = new ArrayList<>();
            for (String key : keys) {
                ties.add(RowFactory.create(key, "joint_project"));
            }
            return set(
                    "ties", scala.jdk.javaapi.CollectionConverters.asScala(ties).toSeq());
        }

        Response newContacts(Integer count) {
            return set("new_contacts", count);
        }

        Response integration(Integer level) {
            return set("sd_integration", level);
        }

        Response business(String status) {
            return set("business_status", status);
        }

        Response set(String column, Object value) {
            int index = names.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("No column " + column);
            }
            row[index] = value;
            return this;
        }

        Row row() {
            return RowFactory.create(row.clone());
        }
    }
}
