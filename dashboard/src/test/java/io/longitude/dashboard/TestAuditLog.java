package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.audit.AuditEntry;
import io.longitude.dashboard.audit.AuditQuery;
import io.longitude.dashboard.audit.AuditTable;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit log of the real server: what pages record, the admin page over table and queue, and who may read it. */
class TestAuditLog {
    private static final String BOUNDARY = "----longitude-audit-boundary";

    static DemoServer server;
    static Audit audit;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
        audit = server.context.getBean(Audit.class);
    }

    @Test
    void adminPageListsEntriesNewestFirst() {
        Instant then = Instant.parse("2026-02-03T04:05:06.123456Z");
        audit.record(
                new AuditEntry(then.minusSeconds(5), "audit-reader-test", "ANALYST", "sql.query", "sha256:0ld3r", 7));
        audit.record(new AuditEntry(then, "audit-reader-test", "ANALYST", "sql.csv", "sha256:n3w3r", 12));
        audit.record(new AuditEntry(then, "someone-else-test", "FUNDER", "report.pdf", "P1", 3));

        HttpResponse<String> page = server.signIn("admin").get("/admin/audit?user=audit-reader-test&action=sql");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("sha256:n3w3r", "sha256:0ld3r", "analyst", "2026-02-03 04:05:06", "2026-02-03 04:05:01")
                .doesNotContain(">report.pdf</a>", ">someone-else-test</a>"); // both stay choices of the filters
        assertThat(page.body().indexOf("sha256:n3w3r")).isLessThan(page.body().indexOf("sha256:0ld3r"));
    }

    @Test
    void adminPagePagesFiftyEntriesAtATime() {
        Instant start = Instant.now().minusSeconds(3_600);
        IntStream.range(0, 60)
                .forEach(i -> audit.record(new AuditEntry(
                        start.plusSeconds(i), "pager-test", "MANAGER", "report.view", "E" + (100 + i), i)));
        WebUser admin = server.signIn("admin");

        String first = admin.get("/admin/audit?user=pager-test").body();
        String second = admin.get("/admin/audit?user=pager-test&page=2").body();

        assertThat(first).contains("E159", "E110", "rel=\"next\"").doesNotContain("E109");
        assertThat(second).contains("E109", "E100", "rel=\"prev\"").doesNotContain("E110", "rel=\"next\"");
    }

    @Test
    void adminPageSpeaksEveryLanguage() {
        audit.record(new AuditEntry(Instant.now(), "language-test", "ADMIN", "report.view", "E01", 1));
        WebUser admin = server.signIn("admin");

        assertThat(admin.get("/admin/audit", "en").body()).contains("Audit log", "Time (UTC)");
        assertThat(admin.get("/admin/audit", "fr").body()).contains("Journal d&#39;audit", "Heure (UTC)");
        assertThat(admin.get("/admin/audit", "nl").body()).contains("Auditlog", "Tijd (UTC)");
    }

    @Test
    void otherRolesCannotReadTheLog() {
        for (String role : List.of("manager", "funder", "analyst")) {
            assertThat(server.signIn(role).get("/admin/audit").statusCode())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(WebUser.anonymous(server.url).get("/admin/audit").statusCode())
                .isEqualTo(302);
    }

    @Test
    void uploadIsRecordedAndReachesTheTable() throws InterruptedException {
        WebUser manager = server.signIn("manager");
        String token = manager.csrfToken("/upload");
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n\r\n"
                + "--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"audited-upload.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnot,a,known,file\r\n--" + BOUNDARY + "--\r\n";

        HttpResponse<String> posted = manager.send(
                manager.request("/upload")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(posted.statusCode()).isEqualTo(302);
        AuditQuery uploads = new AuditQuery("manager", "upload", 1, 50);
        assertThat(audit.page(uploads).entries())
                .as("listed before it is flushed")
                .anySatisfy(entry -> assertThat(entry)
                        .extracting(AuditEntry::action, AuditEntry::object, AuditEntry::role)
                        .containsExactly("upload", "audited-upload.csv", "MANAGER"));
        List<AuditEntry> stored = List.of();
        for (int attempt = 0;
                attempt < 150
                        && stored.stream().noneMatch(entry -> entry.object().equals("audited-upload.csv"));
                attempt++) {
            Thread.sleep(200);
            stored = AuditTable.newest(server.spark, server.audit(), uploads, 50);
        }
        assertThat(stored).extracting(AuditEntry::object).contains("audited-upload.csv");
    }
}
