package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.DeltaLake;
import io.longitude.ingest.mapping.Mapping;
import io.longitude.ingest.mapping.MappingLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tools export cumulatively: each new file repeats the earlier submissions. A re-export inserts only the new ones,
 * an edited submission updates its row, the old value stays reachable through the table's history, nothing repeats.
 */
class TestCumulativeExports extends IngestTestBase {
    private static final String MAPPING = """
            tool: kobo
            form: followup-kobo
            format: csv
            submission_id: [_uuid]
            participant_id: {column: participant_code}
            edition_id: {value: E01}
            wave: {column: wave}
            submitted_at: {column: _submission_time, zone: UTC}
            questions:
              sd_integration: {column: integration, values: {"not yet": "0", "general": "1", "core": "2"}}
            """;
    private static final String HEADER =
            "\"participant_code\";\"wave\";\"integration\";\"_uuid\";\"_submission_time\"\r\n";

    @TempDir
    Path temp;

    @Test
    void reExportInsertsOnlyNewSubmissionsAndUpdatesTheEditedOne() throws IOException {
        IngestConfig config =
                new IngestConfig(temp.resolve("lake").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        Ingest.run(
                spark,
                config,
                List.of(
                        write(
                                "editions.csv",
                                "programme_id,edition_id,number,start_date,end_date,target_group,funder_id\np,E01,1,2024-01-01,2024-03-01,,\n"),
                        write(
                                "participants.csv",
                                "participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band\n"
                                        + "K-1,,,,p,E01,candidate,,enrolled,,,,\nK-2,,,,p,E01,candidate,,enrolled,,,,\n")));
        Mapping mapping = MappingLoader.load(
                new ByteArrayInputStream(MAPPING.getBytes(StandardCharsets.UTF_8)),
                "kobo.yaml",
                InstrumentLoader.followup());
        String wavesOneAndTwo = HEADER
                + "\"K-1\";\"W1\";\"not yet\";\"u1\";\"2024-03-05T10:00:00\"\r\n"
                + "\"K-2\";\"W1\";\"general\";\"u2\";\"2024-03-05T11:00:00\"\r\n"
                + "\"K-1\";\"W2\";\"general\";\"u3\";\"2024-09-05T10:00:00\"\r\n";
        String wavesOneToThreeEdited = HEADER
                + "\"K-1\";\"W1\";\"not yet\";\"u1\";\"2024-03-05T10:00:00\"\r\n"
                + "\"K-2\";\"W1\";\"general\";\"u2\";\"2024-03-05T11:00:00\"\r\n"
                + "\"K-1\";\"W2\";\"core\";\"u3\";\"2024-09-05T10:00:00\"\r\n"
                + "\"K-1\";\"W3\";\"core\";\"u4\";\"2025-03-05T10:00:00\"\r\n"
                + "\"K-2\";\"W3\";\"core\";\"u5\";\"2025-03-05T12:00:00\"\r\n";

        FileReport first = Ingest.run(spark, config, mapping, List.of(write("export-1.csv", wavesOneAndTwo)))
                .files()
                .get(0);
        DeltaLake lake = new DeltaLake(spark, config.lakeRoot());
        long versionAfterFirst = lake.version(LakeTables.RESPONSES);
        FileReport second = Ingest.run(spark, config, mapping, List.of(write("export-2.csv", wavesOneToThreeEdited)))
                .files()
                .get(0);

        assertThat(first.rowsAccepted()).isEqualTo(3);
        assertThat(second.rowsAccepted()).isEqualTo(5);
        assertThat(responses(lake.read(LakeTables.RESPONSES)))
                .containsExactlyInAnyOrder("u1:W1:0", "u2:W1:1", "u3:W2:2", "u4:W3:2", "u5:W3:2");
        assertThat(responses(spark.read()
                        .format("delta")
                        .option("versionAsOf", versionAfterFirst)
                        .load(lake.path(LakeTables.RESPONSES))))
                .containsExactlyInAnyOrder("u1:W1:0", "u2:W1:1", "u3:W2:1");
        Row merge = spark.sql("DESCRIBE HISTORY delta.`" + lake.path(LakeTables.RESPONSES) + "` LIMIT 1")
                .first();
        assertThat(merge.<String>getAs("operation")).isEqualTo("MERGE");
        scala.collection.Map<String, String> metrics = merge.getAs("operationMetrics");
        assertThat(metrics.get("numTargetRowsInserted").get()).isEqualTo("2");
        assertThat(metrics.get("numTargetRowsUpdated").get()).isEqualTo("1");
    }

    private static List<String> responses(org.apache.spark.sql.Dataset<Row> rows) {
        return rows.selectExpr("concat(source_submission_id, ':', wave, ':', sd_integration)")
                .as(Encoders.STRING())
                .collectAsList();
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
