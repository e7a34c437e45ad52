package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.audit.AuditEntry;
import io.longitude.dashboard.inbox.UploadJob;
import io.longitude.dashboard.inbox.UploadJobs;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A follow-up naming someone no roster has brought yet waits on the real server; the data-quality page shows the
 * waiting rows, and its managers (not its analysts, not another programme's managers) retry them, audited.
 */
class TestQuarantineRetry {
    private static final String QUALITY = "/programmes/brussels-sd-pilot/quality";

    static DemoServer server;

    @BeforeAll
    static void uploadAFollowupBeforeItsRoster() throws Exception {
        server = DemoServer.get();
        List<String> roster = Files.readAllLines(server.demo().resolve("participants.csv"));
        String edition = roster.get(1).split(",")[5];
        String header = String.join(",", io.longitude.ingest.generate.CanonicalColumns.FOLLOWUP_KEYS) + ","
                + String.join(
                        ",",
                        io.longitude.core.instrument.InstrumentLoader.followup().codes());
        String export =
                header + "\nP-NOT-YET-ENROLLED," + edition + ",W1,2024-05-01T10:00:00+02:00" + ",".repeat(15) + "\n";
        UploadJobs jobs = server.context.getBean(UploadJobs.class);
        UploadJob job = jobs.submit(
                "manager",
                io.longitude.ingest.WriteScope.EVERY_PROGRAMME,
                "early-followup.csv",
                new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)),
                Optional.empty());
        for (int attempt = 0; attempt < 240 && !jobs.job(job.id()).orElseThrow().finished(); attempt++) {
            Thread.sleep(500);
        }
        assertThat(jobs.job(job.id()).orElseThrow().state())
                .as("a file whose rows wait is processed, not failed")
                .isEqualTo("done");
        assertThat(String.join("\n", jobs.job(job.id()).orElseThrow().report()))
                .contains("1 rows read, 0 accepted", "0 rejected, 1 pending");
    }

    @Test
    void theManagerSeesTheWaitingRowsAndRetriesThemAudited() {
        WebUser manager = server.signIn("manager");
        String page = manager.get(QUALITY).body();
        assertThat(page).contains("id=\"pending\"", "data-pending=\"", "/quality/retry");

        HttpResponse<String> retried = manager.postForm(QUALITY + "/retry", Map.of());

        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(manager.get(QUALITY).body()).contains("waiting rows retried, 0 now in the lake");
        assertThat(server.context.getBean(Audit.class).entries())
                .extracting(AuditEntry::username, AuditEntry::action, AuditEntry::object)
                .contains(org.assertj.core.groups.Tuple.tuple("manager", "quarantine.retry", "brussels-sd-pilot"));
    }

    @Test
    void analystsAndOtherProgrammesManagersCannotRetry() {
        WebUser analyst = server.signIn("analyst");
        assertThat(analyst.get(QUALITY).body())
                .as("analysts see the count, not the button")
                .contains("id=\"pending\"")
                .doesNotContain("/quality/retry");
        assertThat(analyst.postForm(QUALITY + "/retry", Map.of()).statusCode()).isEqualTo(403);
        assertThat(server.signIn("elsewhere-manager")
                        .postForm(QUALITY + "/retry", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(WebUser.anonymous(server.url)
                        .postForm(QUALITY + "/retry", Map.of())
                        .statusCode())
                .isIn(302, 403);
    }

    @Test
    void thePageIsInTheReadersLanguage() {
        WebUser manager = server.signIn("manager");
        assertThat(manager.get(QUALITY, "nl").body()).contains("Wachtend op een deelnemerslijst", "Volledig aanvaard");
        assertThat(manager.get(QUALITY, "fr").body()).contains("Réessayer les lignes en attente", "Acceptées entières");
    }
}
