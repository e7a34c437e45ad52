package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partnership's files: partner organisations with their roles, and the partner questionnaire, which needs its
 * organisation among the partners of the edition's programme (it waits for the partners file otherwise).
 */
class TestPartnerIngest extends IngestTestBase {
    private static final String HEADER =
            "partner_id,edition_id,wave,submitted_at,partner_agreements,partner_expertise,partner_quality,partner_again";

    @TempDir
    static Path temp;

    static IngestConfig config;
    static DeltaLake lake;

    @BeforeAll
    static void editions() throws IOException {
        config = new IngestConfig(temp.resolve("lake").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        lake = new DeltaLake(spark, config.lakeRoot());
        IngestReport report = Ingest.run(spark, config, List.of(write("editions.csv", """
                programme_id,edition_id,number,start_date,end_date,target_group,funder_id
                prog,E1,1,2024-01-10,2024-03-20,all sectors,fund
                other,X1,1,2024-01-10,2024-03-20,all sectors,fund
                """)));
        assertThat(report.failed()).isFalse();
    }

    @Test
    void partnersKeepTheirKnownRolesAndTheirAnswersWaitForThem() throws IOException {
        Path partners = write("partners.csv", """
                programme_id,partner_id,name,roles
                prog,atelier,Atelier Durable,Operations; expertise; catering
                prog,starters,Brussels Starters Network,contacts
                other,elsewhere,Elsewhere vzw,expertise
                prog,nobody,Nobody,catering
                """);
        Path answers = write(
                "partner-followup.csv",
                HEADER + "\n"
                        + "atelier,E1,W0,2024-01-12T10:00:00+01:00,4,3,5,yes\n"
                        + "starters,E1,W0,2024-01-13T10:00:00+01:00,6,4,4,no\n"
                        + "late,E1,W1,2024-03-25T10:00:00+01:00,3,3,3,yes\n"
                        + "elsewhere,E1,W1,2024-03-25T10:00:00+01:00,3,3,3,yes\n");

        IngestReport report = Ingest.run(spark, config, List.of(answers, partners));

        FileReport roster = report.files().get(0);
        assertThat(roster.kind()).as("partners first, whatever the order given").isEqualTo("partners");
        assertThat(roster.rowsAccepted()).isEqualTo(3);
        assertThat(Files.readAllLines(Path.of(roster.message())).subList(1, 3))
                .satisfiesExactly(
                        line -> assertThat(line)
                                .startsWith(
                                        "partners.csv,2,roles,catering,INVALID_VALUE,\"not one of the roles operations, contacts, expertise, communication, funding\",answer,"),
                        line -> assertThat(line)
                                .isEqualTo(
                                        "partners.csv,5,roles,catering,INVALID_VALUE,\"no role of operations, contacts, expertise, communication, funding\",rejected,"));
        FileReport followup = report.files().get(1);
        assertThat(followup.kind()).isEqualTo("partner-followup");
        assertThat(followup.rowsAccepted()).as(followup.toString()).isEqualTo(2);
        assertThat(followup.rowsPending()).isEqualTo(1);
        assertThat(Files.readString(Path.of(followup.message())))
                .contains(
                        "partner-followup.csv,3,partner_agreements,6,INVALID_VALUE,out of range 1..5,answer,",
                        "partner-followup.csv,4,partner_id,late,UNKNOWN_REFERENCE,not a partner organisation of programme prog,pending,",
                        "partner-followup.csv,5,partner_id,elsewhere,INVALID_VALUE,\"a partner of programme other, not of prog (edition E1)\",rejected,");

        Ingest.run(spark, config, List.of(write("partners-late.csv", """
                programme_id,partner_id,name,roles
                prog,late,Late Partner,communication
                """)));

        assertThat(lake.read(LakeTables.PARTNERS)
                        .selectExpr("concat_ws('|', programme_id, partner_id, name, roles)")
                        .as(Encoders.STRING())
                        .collectAsList())
                .containsExactlyInAnyOrder(
                        "prog|atelier|Atelier Durable|operations;expertise",
                        "prog|starters|Brussels Starters Network|contacts",
                        "other|elsewhere|Elsewhere vzw|expertise",
                        "prog|late|Late Partner|communication");
        assertThat(lake.read(LakeTables.PARTNER_RESPONSES)
                        .selectExpr("concat_ws('|', partner_id, edition_id, wave, "
                                + "coalesce(cast(partner_agreements as string), ''), partner_expertise, partner_quality, "
                                + "partner_again)")
                        .as(Encoders.STRING())
                        .collectAsList())
                .as("the waiting answer came in with its partner")
                .containsExactlyInAnyOrder(
                        "atelier|E1|W0|4|3|5|true", "starters|E1|W0||4|4|false", "late|E1|W1|3|3|3|true");
    }

    private static Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
